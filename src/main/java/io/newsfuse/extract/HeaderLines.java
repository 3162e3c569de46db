package io.newsfuse.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kinds of line that stand above a plain-text article's story and are not its headline: a
 * breadcrumb trail ({@code "Home » Economy » Trade"}), a site's tagline or a kicker over a longer
 * headline, a short byline after a date, and a stamp line giving the date among other furniture
 * ({@code "Source: Harbour Daily 2031-05-15 20:31 Font size: Large Small"}).
 */
final class HeaderLines {
    /** A separator of a breadcrumb trail or a site's menu, with space on both sides. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s+[>»›|/]\\s+");
    /** A clock time right after a date ("2031-05-15 20:31", "6 May 2031, 08:05"). */
    private static final Pattern CLOCK = Pattern.compile("^[\\s,]*(?:at\\s+)?\\d{1,2}[:.h]\\d{2}\\b");
    /** How many lines ahead a headline may stand below its kicker or the site's tagline. */
    private static final int REACH = 4;

    private static final int MAX_STAMP_WORDS = 16;

    private HeaderLines() {}

    /** Whether the line is a breadcrumb trail or a menu: three or more short parts between separators. */
    static boolean isTrail(String line) {
        if (line.length() > 160) {
            return false;
        }
        String[] parts = TRAIL_SEPARATOR.split(line.strip());
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.length() > 40 || Titles.words(part) > 4) {
                return false;
            }
        }
        return true;
    }

    /** The first part of a trail: the site's name, or its home. */
    static String trailHead(String line) {
        return TRAIL_SEPARATOR.split(line.strip())[0].strip();
    }

    /** Whether the rest of a date line is a short byline ("by Editorial Team"). */
    static boolean isShortByline(String rest) {
        return Bylines.opensAsByline(rest) && Titles.words(rest) <= 6 && Titles.endsOpen(rest);
    }

    /**
     * The date of a stamp line, or null: a short line with no sentence end that gives a full date,
     * either with a clock time after it or below the headline already read.
     */
    static LocalDate stampDate(String line, boolean belowHeadline) {
        if (Titles.words(line) > MAX_STAMP_WORDS || !Titles.endsOpen(line)) {
            return null;
        }
        Dates.Found found = Dates.find(line);
        if (found == null) {
            return null;
        }
        Matcher clock = CLOCK.matcher(line.substring(found.end()));
        return belowHeadline || clock.find() ? found.date() : null;
    }

    /**
     * Whether a longer headline follows the line at {@code index} before the story starts: the line is
     * then a site's tagline or a kicker ("Plane crash in Iran" over "63 dead after ...").
     */
    static boolean headlineFollows(List<Line> lines, int index) {
        int words = lines.get(index).words();
        int seen = 0;
        for (int i = index + 1; i < lines.size() && seen < REACH; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            String text = line.text();
            if (Boilerplate.isFurniture(text) || isTrail(text) || Boilerplate.isSection(text)) {
                continue;
            }
            if (!Titles.looksLikeHeadline(text)) {
                return false; // the story starts
            }
            if (line.words() > words && line.words() >= 4 && DateLine.parse(line) == null) {
                return true;
            }
        }
        return false;
    }
}
