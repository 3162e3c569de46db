package io.newsfuse.support;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Figures as people read them: binary floating-point noise rounded away ({@code 40.00000000000001} is
 * 40), no trailing zeros, and nothing at all for a value that is not a number or unbounded (an open
 * interval's end), which JSON writes as {@code null} and CSV as an empty cell.
 */
public final class Numbers {
    /** Twelve significant digits: far more than any printed figure, far fewer than a double's noise. */
    private static final MathContext PRINTED = new MathContext(12);

    private Numbers() {}

    /** The value rounded to what was printed, or null when it is NaN or infinite. */
    public static BigDecimal rounded(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigDecimal d = new BigDecimal(v).round(PRINTED).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The value as plain digits ({@code 3000}, {@code 2.5}, {@code 0.125}), or "" when not finite. */
    public static String plain(double v) {
        BigDecimal d = rounded(v);
        return d == null ? "" : d.toPlainString();
    }
}
