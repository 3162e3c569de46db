package io.newsfuse.consolidate.facts;

import java.util.List;

/**
 * One real-world quantity of a story and every figure the articles give for it.
 *
 * @param id        stable id derived from what the fact counts and where it was first given
 * @param label     short human label ("arrested", "killed (security forces)", "killed in Almaty",
 *                  "share of the vote (Ana Lind)", "killed, 2020")
 * @param measure   what it counts or measures (see {@link io.newsfuse.analyze.Figure#measure()})
 * @param subject   whom or where it is about, or null for the story-wide figure
 * @param unit      "people", a currency code, "%", a unit code or a counted noun; consensus, low and
 *                  high are in it
 * @param status    {@link #AGREED}, {@link #CONFLICTING} or {@link #SINGLE_SOURCE}
 * @param consensus the best single value: inside the common range when agreed, else the median
 * @param low       low end of the common range when agreed, else of the span of all values
 * @param high      high end of the common range when agreed, else of the span (may be infinite)
 * @param values    what each article says, in article order
 * @param topic     what a sum, share or span is about ("compensation", "turnout"), or null
 * @param scope     the period or earlier event the fact belongs to ("2020", "2024-04"), or null for the
 *                  story's own time
 * @param trend     {@link #RISING} or {@link #FALLING} when the values conflict only because they change
 *                  from one day to the next (a toll that rises), else null
 * @param sides     when conflicting, the sets of figures that can hold together, each with who gives it
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
        List<FactValue> values,
        String topic,
        String scope,
        String trend,
        List<Side> sides) {

    /** Every source's interval can hold at once. */
    public static final String AGREED = "agreed";
    /** Two sources give figures that cannot both be true. */
    public static final String CONFLICTING = "conflicting";
    /** Only one article gives the figure. */
    public static final String SINGLE_SOURCE = "single-source";
    /** Later figures are higher: a toll or count that grows. */
    public static final String RISING = "rising";
    /** Later figures are lower. */
    public static final String FALLING = "falling";

    public Fact {
        values = List.copyOf(values);
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    /** Number of distinct articles giving a value. */
    public long articleCount() {
        return values.stream().map(FactValue::article).distinct().count();
    }

    /**
     * One side of a conflict: figures that can all be true together.
     *
     * @param low         low end of what they allow together
     * @param high        high end (may be infinite)
     * @param texts       the figures as printed
     * @param authorities who gives them, as the articles name them
     * @param articles    the articles giving them
     */
    public record Side(double low, double high, List<String> texts, List<String> authorities, List<String> articles) {
        public Side {
            texts = List.copyOf(texts);
            authorities = List.copyOf(authorities);
            articles = List.copyOf(articles);
        }
    }
}
