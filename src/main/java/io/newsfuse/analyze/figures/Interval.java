package io.newsfuse.analyze.figures;

/**
 * A closed range of values a figure allows. Open ends ("more than 12") are represented by the next
 * representable double beyond the bound, so 12 itself falls outside (12, ∞) while 12.000001 is inside.
 *
 * @param low  lowest allowed value
 * @param high highest allowed value, possibly {@code Double.POSITIVE_INFINITY}
 */
public record Interval(double low, double high) {

    /** True when some value lies in both intervals. */
    public boolean intersects(Interval other) {
        return Math.max(low, other.low) <= Math.min(high, other.high);
    }

    /** The common part of both intervals, or null when they do not meet. */
    public Interval intersection(Interval other) {
        double lo = Math.max(low, other.low);
        double hi = Math.min(high, other.high);
        return lo <= hi ? new Interval(lo, hi) : null;
    }

    /** True when the value lies inside. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** The interval with both ends multiplied by a positive factor. */
    public Interval scaled(double factor) {
        return new Interval(low * factor, high * factor);
    }
}
