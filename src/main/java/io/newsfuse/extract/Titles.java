package io.newsfuse.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Judges and tidies headlines: whether a line reads like one, and removing " - Site" style suffixes. */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·»:]{1,2})\\s+");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "and", "of", "the", "for", "in", "on", "de", "la", "le", "el", "und", "der", "die", "das", "et", "e", "y");
    private static final String TERMINAL = ".!?…;,:";

    private Titles() {}

    /** A short line with no final sentence punctuation that does not start in lower case. */
    static boolean looksLikeHeadline(String line) {
        int words = words(line);
        if (words < 2 || words > 30 || line.length() > 220) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = line.charAt(0);
        return TERMINAL.indexOf(last) < 0
                && !Character.isLowerCase(first)
                && line.chars().anyMatch(Character::isLetter);
    }

    /** A line ending without sentence punctuation (or with none at all). */
    static boolean endsOpen(String line) {
        return line.isEmpty() || ".!?…\"”»’'):;。！？」』".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** The headline without a trailing " - Site", " | Site" part; null for blank input. */
    static String clean(String title, String site) {
        if (title == null) {
            return null;
        }
        String result = title.replaceAll("\\s+", " ")
                .strip()
                .replaceAll("(?:\\s+[|\\-–—·»:]{1,2})+$", "")
                // a date put before the headline ("23.01.2022 - ...") is not part of it
                .replaceFirst("^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\s+[|\\-–—·»:]\\s+(?=\\S)", "");
        if (result.isEmpty()) {
            return null;
        }
        for (int round = 0; round < 6; round++) {
            String stripped = stripOnce(result, site);
            if (stripped.equals(result)) {
                break;
            }
            result = stripped;
        }
        return result;
    }

    private static String stripOnce(String title, String site) {
        if (site != null
                && title.length() > site.length() + 3
                && title.regionMatches(true, 0, site, 0, site.length())) {
            String rest = title.substring(site.length());
            String trimmed = rest.replaceFirst("^\\s*[:|\\-–—·»]+\\s*", "");
            if (trimmed.length() < rest.length() && !trimmed.isBlank()) {
                return trimmed;
            }
        }
        var m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String head = title.substring(0, lastStart).strip();
        String tail = title.substring(lastEnd).strip();
        String separator = title.substring(lastStart, lastEnd).strip();
        if (site != null
                && (key(tail).equals(key(site))
                        || key(site).contains(key(tail)) && key(tail).length() >= 3)) {
            return head;
        }
        if (site != null && key(head).equals(key(site))) {
            return tail;
        }
        // a colon joins kicker and headline; never strip after one unless the tail names the site
        if (separator.equals(":")) {
            return title;
        }
        int tailWords = words(tail);
        boolean shortTail = tailWords <= 5 && head.length() > tail.length();
        // a sentence-case headline followed by a Title Case tail: the tail is the outlet's name
        boolean outletTail = tailWords <= 12 && isTitleCase(tail) && !isTitleCase(head);
        return (shortTail || outletTail) && words(head) >= 3 ? head : title;
    }

    private static boolean isTitleCase(String text) {
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()
                    && Character.isLowerCase(word.codePointAt(0))
                    && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased letters and digits only, to compare titles and names. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
