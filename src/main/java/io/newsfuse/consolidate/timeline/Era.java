package io.newsfuse.consolidate.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The time a batch of articles was written in: the first, median and last of their own dates. It gives a
 * year to a story none of whose articles names one ("YEREVAN, Oct 13 —"): articles read together are
 * mostly of one period, so the day is placed inside that period, or else nearest its middle.
 *
 * @param first  the earliest date
 * @param median the median date
 * @param last   the latest date
 */
public record Era(LocalDate first, LocalDate median, LocalDate last) {
    /** How far outside the batch's dates a placed day may fall. */
    private static final int SLACK_DAYS = 31;

    /** The era of these dates (nulls ignored), or null when none is given. */
    public static Era of(Collection<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().filter(d -> d != null).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        return new Era(sorted.get(0), sorted.get((sorted.size() - 1) / 2), sorted.get(sorted.size() - 1));
    }

    /** The day {@code month}/{@code day} of the year that places it in this era, or null when none can. */
    LocalDate place(int month, int day) {
        LocalDate from = first.minusDays(SLACK_DAYS);
        LocalDate to = last.plusDays(SLACK_DAYS);
        LocalDate best = null;
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            boolean inside = !candidate.isBefore(from) && !candidate.isAfter(to);
            boolean bestInside = best != null && !best.isBefore(from) && !best.isAfter(to);
            if (best == null || inside && !bestInside || inside == bestInside && distance(candidate) < distance(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private long distance(LocalDate d) {
        return Math.abs(d.toEpochDay() - median.toEpochDay());
    }
}
