package io.newsfuse.consolidate.facts;

import java.util.Map;

/**
 * A static table of approximate exchange rates (US dollars per unit, rounded averages of 2023–2024) used
 * only to tell whether money figures in different currencies can describe the same sum. Because rates
 * move and outlets round, converted amounts are compared with a tolerance of {@link #TOLERANCE} on
 * each side.
 *
 * <pre>
 * USD 1.00   EUR 1.08   GBP 1.26   CHF 1.13   JPY 0.0068  CNY 0.139  INR 0.012  RUB 0.011
 * KZT 0.0021 UAH 0.025  TRY 0.033  KRW 0.00074 PLN 0.25   BRL 0.19   AUD 0.66   CAD 0.74  HKD 0.128
 * IRR 0.0000017 (the free-market rate the press converts at, about 600,000 rials to the dollar)
 * </pre>
 */
public final class CurrencyRates {
    /** Relative tolerance applied to both ends of a converted amount. */
    public static final double TOLERANCE = 0.05;

    private static final Map<String, Double> USD_PER_UNIT = Map.ofEntries(
            Map.entry("USD", 1.0),
            Map.entry("EUR", 1.08),
            Map.entry("GBP", 1.26),
            Map.entry("CHF", 1.13),
            Map.entry("JPY", 0.0068),
            Map.entry("CNY", 0.139),
            Map.entry("INR", 0.012),
            Map.entry("RUB", 0.011),
            Map.entry("KZT", 0.0021),
            Map.entry("UAH", 0.025),
            Map.entry("TRY", 0.033),
            Map.entry("KRW", 0.00074),
            Map.entry("PLN", 0.25),
            Map.entry("BRL", 0.19),
            Map.entry("AUD", 0.66),
            Map.entry("CAD", 0.74),
            Map.entry("HKD", 0.128),
            Map.entry("IRR", 0.0000017));

    private CurrencyRates() {}

    /** True when the table knows the ISO code. */
    public static boolean known(String iso) {
        return iso != null && USD_PER_UNIT.containsKey(iso);
    }

    /** How many units of {@code to} one unit of {@code from} buys; NaN when either is unknown. */
    public static double rate(String from, String to) {
        if (from != null && from.equals(to)) {
            return 1;
        }
        if (!known(from) || !known(to)) {
            return Double.NaN;
        }
        return USD_PER_UNIT.get(from) / USD_PER_UNIT.get(to);
    }
}
