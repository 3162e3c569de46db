package io.newsfuse.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: ISO ({@code 2022-01-10}, also with a
 * time and an offset), numeric ({@code 10.09.2023}, {@code 1/10/2022}, {@code 2020/04/17}), East Asian
 * ({@code 2020年4月17日}), and with month names in any language the JDK knows ({@code January 10, 2022},
 * {@code 10 Jan. 2022}, {@code 10 de enero de 2022}, {@code 31. Mai 2012}, {@code 10 января 2022}).
 */
final class Dates {
    private static final String TIME =
            "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");
    private static final Pattern DMY_NUMERIC =
            Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)");
    private static final Pattern EAST_ASIAN =
            Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);

    private Dates() {}

    /** A date found in text, with where its match starts and ends. */
    record Found(LocalDate date, int start, int end) {}

    /**
     * A date as a page states it: the calendar day written, and when the value carries a time and an
     * offset, the instant, so that a UTC stamp can be read in the page's own time zone.
     *
     * @param date   the day as written
     * @param time   the local time written, or null
     * @param offset the offset written ({@code Z} is UTC), or null when none was
     */
    record Stamp(LocalDate date, LocalTime time, ZoneOffset offset) {
        /** Whether the value was given in UTC (a {@code Z} or a zero offset). */
        boolean isUtc() {
            return offset != null && offset.getTotalSeconds() == 0;
        }

        /** The day this stamp falls on at {@code local}; the written day when it has no time or offset. */
        LocalDate dayAt(ZoneOffset local) {
            if (time == null || offset == null || local == null || offset.equals(local)) {
                return date;
            }
            return LocalDateTime.of(date, time)
                    .atOffset(offset)
                    .withOffsetSameInstant(local)
                    .toLocalDate();
        }
    }

    /** The date a whole value gives (metadata content, a container's field), or null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Found found = find(value.strip());
        return found == null ? null : found.date();
    }

    /** The date and, for ISO values, time and offset that a whole value gives, or null. */
    static Stamp stamp(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                LocalTime time = null;
                ZoneOffset offset = null;
                if (m.group(4) != null) {
                    try {
                        time = LocalTime.of(
                                Integer.parseInt(m.group(4)),
                                Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                        offset = offset(m.group(7));
                    } catch (DateTimeException e) {
                        time = null;
                    }
                }
                return new Stamp(date, time, offset);
            }
        }
        LocalDate date = parse(v);
        return date == null ? null : new Stamp(date, null, null);
    }

    /** The offset a stamp gives ({@code Z}, {@code +02:00}, {@code -0800}), or null. */
    static ZoneOffset offset(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        try {
            String digits = text.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            int sign = text.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The earliest plausible date written in {@code text}, or null. */
    static Found find(CharSequence text) {
        return find(text, false);
    }

    /**
     * The earliest plausible date written in {@code text}, or null. With {@code shortYears}, numeric
     * dates with a two-digit year ({@code 26.01.22}) count too: only where a date is expected anyway.
     */
    static Found find(CharSequence text, boolean shortYears) {
        if (!hasDigit(text)) {
            return null; // every form of a date holds a digit
        }
        Found best = null;
        best = earliest(best, ymd(new DigitLed(ISO, text), 1, 2, 3));
        best = earliest(best, ymd(new DigitLed(YMD, text), 1, 3, 4));
        best = earliest(best, ymd(new DigitLed(EAST_ASIAN, text), 1, 2, 3));
        best = earliest(best, numeric(new DigitLed(DMY_NUMERIC, text), shortYears));
        best = earliest(best, firstBeforeYears(MONTH_DAY_YEAR.matcher(text), text, m -> namedDate(m, 2, 1, 3)));
        best = earliest(best, firstBeforeYears(DAY_MONTH_YEAR.matcher(text), text, m -> namedDate(m, 1, 2, 3)));
        return best;
    }

    /** Whether the text holds an ASCII digit, which every date pattern here needs ({@code \d}). */
    private static boolean hasDigit(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Every plausible date written in {@code text}, each pattern read once over it. */
    static java.util.List<Found> findAll(CharSequence text) {
        java.util.List<Found> all = new java.util.ArrayList<>();
        all(new DigitLed(ISO, text), all, m -> date(m.group(1), m.group(2), m.group(3)));
        all(new DigitLed(YMD, text), all, m -> date(m.group(1), m.group(3), m.group(4)));
        all(new DigitLed(EAST_ASIAN, text), all, m -> date(m.group(1), m.group(2), m.group(3)));
        DigitLed numeric = new DigitLed(DMY_NUMERIC, text);
        while (numeric.find()) {
            Matcher m = numeric.matcher();
            Found found = numeric(new DigitLed(DMY_NUMERIC, text.subSequence(m.start(), m.end())), false);
            if (found != null) {
                all.add(new Found(found.date(), m.start(), m.end()));
            }
        }
        beforeYears(MONTH_DAY_YEAR.matcher(text), text, all, m -> namedDate(m, 2, 1, 3), Integer.MAX_VALUE);
        beforeYears(DAY_MONTH_YEAR.matcher(text), text, all, m -> namedDate(m, 1, 2, 3), Integer.MAX_VALUE);
        return all;
    }

    /**
     * A date written year first with two-digit month and day in markup: separated ({@code 2020-04-17},
     * {@code 2020/04/17}, {@code 2020.04.17}) or run together between non-digits ({@code /20310611/},
     * {@code id="story20310611_"}), the forms a publishing system leaves in addresses, identifiers,
     * scripts and comments. One written right after {@code ?} or {@code =} is left out: a version
     * stamp on a stylesheet or an icon ({@code site.css?20310302}, {@code ?v=20310302}), not the page's day.
     */
    private static final Pattern MARKUP_YMD =
            Pattern.compile("(?<![\\d?=])((?:19|20)\\d{2})([-/.]?)([01]\\d)\\2([0-3]\\d)(?!\\d)");

    /** Every year-first date {@link #MARKUP_YMD} finds in a page's markup. */
    static java.util.List<Found> findInMarkup(CharSequence markup) {
        java.util.List<Found> all = new java.util.ArrayList<>();
        all(new DigitLed(MARKUP_YMD, markup), all, m -> date(m.group(1), m.group(3), m.group(4)));
        return all;
    }

    /** How far before its year a date written with a month name can begin ("September 30th, 2020"). */
    private static final int NAMED_REACH = 48;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    /**
     * The matches of a pattern ending in a four-digit year, searched only in the stretch before each
     * year of the text: the same dates as a search over the whole text, without trying a month name at
     * every word of a long page; at most {@code limit} of them.
     */
    private static void beforeYears(
            Matcher m,
            CharSequence text,
            java.util.List<Found> out,
            java.util.function.Function<Matcher, LocalDate> read,
            int limit) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        DigitLed yearFinder = new DigitLed(YEAR, text);
        Matcher years = yearFinder.matcher();
        int from = 0;
        while (yearFinder.find()) {
            if (years.end() <= from) {
                continue;
            }
            m.region(Math.max(from, years.start() - NAMED_REACH), years.end());
            while (m.find()) {
                LocalDate date = read.apply(m);
                if (date != null) {
                    out.add(new Found(date, m.start(), m.end()));
                    if (out.size() >= limit) {
                        return;
                    }
                }
                from = m.end();
            }
        }
    }

    /** The first match {@link #beforeYears} finds that {@code read} takes for a date, or null. */
    private static Found firstBeforeYears(
            Matcher m, CharSequence text, java.util.function.Function<Matcher, LocalDate> read) {
        java.util.List<Found> out = new java.util.ArrayList<>(1);
        beforeYears(m, text, out, read, 1);
        return out.isEmpty() ? null : out.get(0);
    }

    private static void all(
            DigitLed finder, java.util.List<Found> out, java.util.function.Function<Matcher, LocalDate> read) {
        Matcher m = finder.matcher();
        while (finder.find()) {
            LocalDate date = read.apply(m);
            if (date != null) {
                out.add(new Found(date, m.start(), m.end()));
            }
        }
    }

    /**
     * The matches, in order, of a pattern every match of which opens with an ASCII digit: the pattern is
     * tried only where a digit stands (its look-behind still sees the text before), which finds what
     * {@link Matcher#find()} finds without trying it at every character of a long page or its markup.
     */
    private static final class DigitLed {
        private final Matcher matcher;
        private final CharSequence text;
        private int from;

        DigitLed(Pattern pattern, CharSequence text) {
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
        }

        Matcher matcher() {
            return matcher;
        }

        boolean find() {
            int n = text.length();
            for (int p = from; p < n; p++) {
                char c = text.charAt(p);
                if (c >= '0' && c <= '9') {
                    matcher.region(p, n);
                    if (matcher.lookingAt()) {
                        from = Math.max(matcher.end(), p + 1);
                        return true;
                    }
                }
            }
            from = n;
            return false;
        }
    }

    private static LocalDate namedDate(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        Integer month = MonthNames.month(m.group(monthGroup));
        return month == null ? null : date(m.group(yearGroup), String.valueOf(month), m.group(dayGroup));
    }

    private static Found earliest(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static Found ymd(DigitLed finder, int year, int month, int day) {
        Matcher m = finder.matcher();
        while (finder.find()) {
            LocalDate date = date(m.group(year), m.group(month), m.group(day));
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found numeric(DigitLed finder, boolean shortYears) {
        Matcher m = finder.matcher();
        while (finder.find()) {
            String year = m.group(4);
            String separator = m.group(2);
            if (year.length() == 2) {
                if (!shortYears || !separator.equals(".")) {
                    continue;
                }
                year = "20" + year;
            }
            if (separator.equals("-") && year.length() != 4) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean slash = separator.equals("/");
            // Dots and dashes are day.month; slashes are month/day unless the first number cannot be a month.
            int day = slash && a <= 12 ? b : a;
            int month = slash && a <= 12 ? a : b;
            LocalDate date = date(year, String.valueOf(month), String.valueOf(day));
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1970 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The month a name or abbreviation means, or null. */
    static Integer month(String name) {
        return MonthNames.month(name);
    }
}
