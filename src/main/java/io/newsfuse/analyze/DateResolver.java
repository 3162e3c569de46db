package io.newsfuse.analyze;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the ISO-like value of a date expression (a {@link TimeMention#timex()}) to a calendar day
 * against an anchor, normally the publication date. The values, as the date finder writes them:
 *
 * <pre>
 * 2025-01-14        that day
 * 2008, 2024-04     a year or a month: a period, not one day
 * XXXX-01-14 dir    the 14 January of the year the direction picks
 * XXXX-XX-14 dir    the 14th of the month the direction picks ("on the 14th")
 * XXXX-WXX-2 dir    a Tuesday: the one the direction picks
 * XXXX-12 dir       a December without a year ("in December", "last March"): a month, see {@link #month}
 * REF-1D            a day counted from the anchor (yesterday; "REF+0D" today, "REF-3D" three days ago)
 * REF-1Y-04-09      a day of the year before the anchor's ("April 9 of last year")
 * REF-1Y, REF+0W    a year or week counted from the anchor: a period
 * </pre>
 *
 * The direction is {@code <=} (the latest on or before the anchor: "on Friday" told after the fact),
 * {@code <} (strictly before: "last Friday"), {@code >=} (the first on or after: "will meet on Friday"),
 * {@code >} (strictly after: "next Friday") or {@code ~} (the nearest: "this Friday"). Without a
 * direction a weekday looks back, and a day without a year is the nearest one, a past day preferred to
 * a future one as far. Pure and thread-safe.
 */
public final class DateResolver {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2}|XX)-(\\d{2})(<=|<|>=|>|~)?$");
    private static final Pattern MONTH_ONLY = Pattern.compile("^XXXX-(\\d{2})(<=|<|>=|>|~)?$");
    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(<=|<|>=|>|~)?$");
    private static final Pattern OFFSET = Pattern.compile("^REF([+-]\\d+)D$");
    private static final Pattern YEAR_DAY = Pattern.compile("^REF([+-]\\d+)Y-(\\d{2})-(\\d{2})$");
    /** How many times a future day counts as far as a past one when no direction says which is meant. */
    private static final int FUTURE_COST = 4;

    /** Creates a resolver; it holds no state. */
    public DateResolver() {}

    /** Whether the value needs an anchor to give a day. */
    public static boolean isRelative(String timex) {
        return timex != null && (timex.startsWith("XXXX") || timex.startsWith("REF"));
    }

    /**
     * The day a value denotes.
     *
     * @param timex  a value as described on the class
     * @param anchor the day the text was written, or null when unknown
     * @return the day; empty for periods, unknown values, and relative values without an anchor
     */
    public Optional<LocalDate> resolve(String timex, LocalDate anchor) {
        if (timex == null || timex.isBlank()) {
            return Optional.empty();
        }
        String v = timex.strip();
        Matcher full = FULL.matcher(v);
        if (full.matches()) {
            return day(num(full.group(1)), num(full.group(2)), num(full.group(3)));
        }
        if (anchor == null) {
            return Optional.empty();
        }
        Matcher offset = OFFSET.matcher(v);
        if (offset.matches()) {
            return Optional.of(anchor.plusDays(Integer.parseInt(offset.group(1))));
        }
        Matcher yearDay = YEAR_DAY.matcher(v);
        if (yearDay.matches()) {
            return day(
                    anchor.getYear() + Integer.parseInt(yearDay.group(1)),
                    num(yearDay.group(2)),
                    num(yearDay.group(3)));
        }
        Matcher weekday = WEEKDAY.matcher(v);
        if (weekday.matches()) {
            return Optional.of(weekday(num(weekday.group(1)), weekday.group(2), anchor));
        }
        Matcher monthDay = MONTH_DAY.matcher(v);
        if (monthDay.matches()) {
            return monthDay(monthDay.group(1), num(monthDay.group(2)), monthDay.group(3), anchor);
        }
        return Optional.empty();
    }

    /**
     * The month a value without a year denotes ({@code XXXX-12<=}: the latest December up to the anchor's
     * month; without a direction the nearest, a past one preferred to a future one as far).
     *
     * @return the month; empty for any other value or without an anchor
     */
    public Optional<java.time.YearMonth> month(String timex, LocalDate anchor) {
        Matcher m = timex == null || anchor == null ? null : MONTH_ONLY.matcher(timex.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int month = num(m.group(1));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        java.time.YearMonth best = null;
        long bestCost = Long.MAX_VALUE;
        for (int shift = -1; shift <= 1; shift++) {
            java.time.YearMonth candidate = java.time.YearMonth.of(anchor.getYear() + shift, month);
            // months apart, as days apart are for a day: the anchor's own month is 0 away
            long cost = cost(candidate.atDay(1), anchor.withDayOfMonth(1), m.group(2));
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate weekday(int day, String direction, LocalDate anchor) {
        int today = anchor.getDayOfWeek().getValue();
        int back = (today - day + 7) % 7;
        int ahead = (day - today + 7) % 7;
        String dir = direction == null ? "<=" : direction;
        return switch (dir) {
            case "<" -> anchor.minusDays(back == 0 ? 7 : back);
            case ">=" -> anchor.plusDays(ahead);
            case ">" -> anchor.plusDays(ahead == 0 ? 7 : ahead);
            case "~" -> back <= ahead ? anchor.minusDays(back) : anchor.plusDays(ahead);
            default -> anchor.minusDays(back);
        };
    }

    private static Optional<LocalDate> monthDay(String month, int dayOfMonth, String direction, LocalDate anchor) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate base = month.equals("XX") ? anchor.plusMonths(shift) : anchor.plusYears(shift);
            int m = month.equals("XX") ? base.getMonthValue() : num(month);
            Optional<LocalDate> candidate = day(base.getYear(), m, dayOfMonth);
            if (candidate.isEmpty()) {
                continue;
            }
            LocalDate d = candidate.get();
            long cost = cost(d, anchor, direction);
            if (cost < bestCost) {
                bestCost = cost;
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long cost(LocalDate d, LocalDate anchor, String direction) {
        long diff = d.toEpochDay() - anchor.toEpochDay();
        String dir = direction == null ? "" : direction;
        return switch (dir) {
            case "<=" -> diff <= 0 ? -diff : Long.MAX_VALUE - 1;
            case "<" -> diff < 0 ? -diff : Long.MAX_VALUE - 1;
            case ">=" -> diff >= 0 ? diff : Long.MAX_VALUE - 1;
            case ">" -> diff > 0 ? diff : Long.MAX_VALUE - 1;
            case "~" -> Math.abs(diff);
            default -> diff <= 0 ? -diff : diff * FUTURE_COST;
        };
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Optional<LocalDate> day(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
