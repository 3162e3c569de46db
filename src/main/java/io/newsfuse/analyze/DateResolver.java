package io.newsfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a date expression into a calendar day, resolving relative ones ("on Friday", "this Monday",
 * "yesterday", "January 7", "three days ago") against an anchor, normally the publication date.
 * News reports mostly look back: a bare weekday is the latest such day on or before the anchor unless
 * the sentence speaks of the future; a day-month without a year is the latest one not far after it.
 * Works from SUTime's normalised value when it carries a full date, else from the words.
 */
public final class DateResolver {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+days?\\s+(ago|earlier|before)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|is to|are to|is due|are due|plans? to|is scheduled|are scheduled|going to)\\b");
    private static final String[] SMALL = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
    };

    /** A resolved day and whether it was relative to the anchor. */
    public record Resolved(LocalDate date, boolean relative) {}

    /**
     * Resolves one expression.
     *
     * @param text     the words as written
     * @param timex    SUTime's normalised value, or null
     * @param anchor   the day the text was written, or null when unknown
     * @param sentence the sentence around it, for tense
     * @return the day, or empty when the expression is not a single day or cannot be resolved
     */
    public Optional<Resolved> resolve(String text, String timex, LocalDate anchor, String sentence) {
        String value = timex == null ? "" : timex;
        Matcher full = FULL.matcher(value);
        if (full.find()) {
            return day(full.group(1), full.group(2), full.group(3)).map(d -> new Resolved(d, false));
        }
        if (anchor == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher monthDay = MONTH_DAY.matcher(value);
        if (monthDay.find()) {
            Optional<LocalDate> d = day(String.valueOf(anchor.getYear()), monthDay.group(1), monthDay.group(2));
            return d.map(x -> x.isAfter(anchor.plusDays(31)) ? x.minusYears(1) : x)
                    .map(x -> new Resolved(x, true));
        }
        if (lower.matches(".*\\b(today|tonight|this morning|this afternoon|this evening)\\b.*")) {
            return Optional.of(new Resolved(anchor, true));
        }
        if (lower.matches(".*\\byesterday\\b.*")) {
            return Optional.of(new Resolved(anchor.minusDays(1), true));
        }
        if (lower.matches(".*\\btomorrow\\b.*")) {
            return Optional.of(new Resolved(anchor.plusDays(1), true));
        }
        Matcher ago = AGO.matcher(lower);
        if (ago.find()) {
            return Optional.of(new Resolved(anchor.minusDays(number(ago.group(1))), true));
        }
        DayOfWeek weekday = weekday(lower);
        if (weekday != null) {
            return Optional.of(new Resolved(weekday(weekday, lower, anchor, sentence), true));
        }
        return Optional.empty();
    }

    private static LocalDate weekday(DayOfWeek day, String text, LocalDate anchor, String sentence) {
        if (text.contains("next")) {
            return anchor.with(TemporalAdjusters.next(day));
        }
        if (text.contains("last")) {
            return anchor.with(TemporalAdjusters.previous(day));
        }
        if (anchor.getDayOfWeek() == day) {
            return anchor;
        }
        boolean future = sentence != null
                && FUTURE.matcher(sentence.toLowerCase(Locale.ROOT)).find();
        return future ? anchor.with(TemporalAdjusters.next(day)) : anchor.with(TemporalAdjusters.previous(day));
    }

    private static DayOfWeek weekday(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return day;
            }
        }
        return null;
    }

    private static int number(String word) {
        for (int i = 0; i < SMALL.length; i++) {
            if (SMALL[i].equals(word)) {
                return i;
            }
        }
        return Integer.parseInt(word);
    }

    private static Optional<LocalDate> day(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
