package io.newsfuse.consolidate.facts;

import java.util.List;

/**
 * One real-world quantity of a story and every figure the articles give for it.
 *
 * @param id        stable id derived from what the fact counts and where it was first given
 * @param label     short human label ("arrested", "killed (security forces)", "killed in Almaty")
 * @param measure   what it counts, one of {@link io.newsfuse.analyze.Figure.Measure}'s labels
 * @param subject   what or where it is about, or null for the story-wide figure
 * @param unit      "people", a currency code, "%" or a counted noun; consensus, low and high are in it
 * @param status    {@link #AGREED}, {@link #CONFLICTING} or {@link #SINGLE_SOURCE}
 * @param consensus the best single value: inside the common range when agreed, else the median
 * @param low       low end of the common range when agreed, else of the span of all values
 * @param high      high end of the common range when agreed, else of the span (may be infinite)
 * @param values    what each article says, in article order
 */
public record Fact(
        String id,
        String label,
        String measure,
        String subject,
        String unit,
        String status,
        double consensus,
        double low,
        double high,
        List<FactValue> values) {

    /** Every source's interval can hold at once. */
    public static final String AGREED = "agreed";
    /** Two sources give figures that cannot both be true. */
    public static final String CONFLICTING = "conflicting";
    /** Only one article gives the figure. */
    public static final String SINGLE_SOURCE = "single-source";

    public Fact {
        values = List.copyOf(values);
    }

    /** Number of distinct articles giving a value. */
    public long articleCount() {
        return values.stream().map(FactValue::article).distinct().count();
    }
}
