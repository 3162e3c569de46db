package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.DateResolver;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date a figure's sentence names (its {@link io.newsfuse.analyze.Figure#scope()}) into the key
 * of the time the figure belongs to: null when that is the story's own time (a day within a month of
 * the story's dates, its year, or a later day such as a deadline), "2020-01" or "2008" for an earlier
 * event cited for comparison or a month's tally told well after the month ended, "this year" for a
 * count of the year so far, "recent months" for a count over a span up to now ("in the past two
 * months"). Two keys meet when one is the other or a coarser
 * form of it ("2024" and "2024-04").
 */
final class Scopes {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern REF_YEAR = Pattern.compile("REF([+-]\\d+)Y");
    private static final int NEAR_DAYS = 31;
    /** How close to the story's first day a month named without its year must end to be the story's own. */
    private static final int NAMED_MONTH_DAYS = 7;

    static final String THIS_YEAR = "this year";
    static final String RECENT = "recent months";

    private final LocalDate first;
    private final LocalDate last;
    private final DateResolver resolver = new DateResolver();

    /** @param first the story's earliest article date, or null; @param last its latest, or null */
    Scopes(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    /** The key of a figure's scope, read against the date of its article (null when unknown). */
    String key(String scope, LocalDate articleDate) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        if (scope.equals(io.newsfuse.analyze.figures.FigureReader.SPAN)) {
            return RECENT;
        }
        Matcher ref = REF_YEAR.matcher(scope);
        if (ref.matches()) {
            int shift = Integer.parseInt(ref.group(1));
            if (shift == 0) {
                return THIS_YEAR;
            }
            return articleDate == null ? "year" + shift : String.valueOf(articleDate.getYear() + shift);
        }
        if (YEAR.matcher(scope).matches()) {
            int y = Integer.parseInt(scope);
            return first == null || y >= first.getYear() ? null : scope;
        }
        Matcher month = MONTH.matcher(scope);
        if (month.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
            LocalDate end = start.plusMonths(1).minusDays(1);
            return near(end) && !lookBack(end, articleDate) || ahead(start) ? null : scope;
        }
        java.time.YearMonth named = resolver.month(scope, articleDate).orElse(null);
        if (named != null) {
            // "in December" told late in January: last December, an earlier event cited; told early in
            // January, the story's own days may be in it
            boolean own = first == null
                    || !named.atEndOfMonth().isBefore(first.minusDays(NAMED_MONTH_DAYS))
                            && !named.atDay(1).isAfter(last)
                            && !lookBack(named.atEndOfMonth(), articleDate);
            return own || ahead(named.atDay(1)) ? null : named.toString();
        }
        LocalDate day = resolver.resolve(scope, articleDate).orElse(null);
        if (day == null) {
            return null;
        }
        return near(day) || ahead(day) ? null : day.toString().substring(0, 7);
    }

    /**
     * A month an article names well after it ended ("80 were killed in the city in November alone", told
     * on 19 December) is the month's tally looked back on, not the count of the story's own event, even
     * when the story began in that month.
     */
    private static boolean lookBack(LocalDate monthEnd, LocalDate articleDate) {
        return articleDate != null && articleDate.isAfter(monthEnd.plusDays(NAMED_MONTH_DAYS));
    }

    /** A later day is a deadline or target of the story's own events, not an earlier event. */
    private boolean ahead(LocalDate day) {
        return last != null && day.isAfter(last);
    }

    private boolean near(LocalDate day) {
        if (first == null) {
            return true;
        }
        return !day.isBefore(first.minusDays(NEAR_DAYS)) && !day.isAfter(last.plusDays(NEAR_DAYS));
    }

    /** Whether two keys name the same time. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }
}
