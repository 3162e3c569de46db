package io.newsfuse.analyze.figures;

/**
 * How a qualifier word turns a printed value v into the interval of values it allows. This enum is the
 * table newsfuse reads every figure with; the phrases of each language are in its language pack
 * ({@code figures.qualifiers}), the English ones below:
 *
 * <pre>
 * qualifier    phrases                                                        interval
 * EXACT        (none), exactly, a total of, precisely                         [v, v]
 * ABOUT        about, around, approximately, roughly, some, an estimated,     [0.9v, 1.1v]   (±10%)
 *              estimated, circa, … or so
 * AT_LEAST     at least, no fewer than, no less than, not less than,          [v, ∞)
 *              a minimum of, … or more, …-plus; vague plurals ("dozens")
 * MORE_THAN    more than, over, upwards of, in excess of, above, just over,   (v, ∞)
 *              well over, exceeding
 * ALMOST       almost, nearly, close to, just under, just shy of, approaching [0.9v, v)
 * UP_TO        up to, as many as, no more than, not more than, at most,       [0, v]
 *              a maximum of
 * LESS_THAN    less than, fewer than, under, below                            [0, v)
 * </pre>
 *
 * "About" is read as ±10%: wide enough that "about 8,000" holds 7,939, narrow enough that "about 2,030"
 * cannot hold 2,500. "Nearly" is read as "almost" (below the value, within 10%). Open ends are one
 * representable double beyond the bound (see {@link Interval}).
 */
public enum Qualifier {
    EXACT,
    ABOUT,
    AT_LEAST,
    MORE_THAN,
    ALMOST,
    UP_TO,
    LESS_THAN;

    /** Relative tolerance of {@link #ABOUT} and the lower reach of {@link #ALMOST}. */
    public static final double TOLERANCE = 0.10;

    /** The interval of values a figure printed as v with this qualifier allows. */
    public Interval interval(double v) {
        return switch (this) {
            case EXACT -> new Interval(v, v);
            case ABOUT -> new Interval(v * (1 - TOLERANCE), v * (1 + TOLERANCE));
            case AT_LEAST -> new Interval(v, Double.POSITIVE_INFINITY);
            case MORE_THAN -> new Interval(Math.nextUp(v), Double.POSITIVE_INFINITY);
            case ALMOST -> new Interval(v * (1 - TOLERANCE), Math.nextDown(v));
            case UP_TO -> new Interval(0, v);
            case LESS_THAN -> new Interval(0, Math.nextDown(v));
        };
    }
}
