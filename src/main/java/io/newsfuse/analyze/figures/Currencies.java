package io.newsfuse.analyze.figures;

import java.util.Locale;
import java.util.Map;

/**
 * Maps currency symbols and ISO codes as printed to ISO 4217 codes. Symbols and codes are the same in
 * every language; currency words ("dollars", "rials") come from the language pack.
 */
final class Currencies {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("us$", "USD"),
            Map.entry("€", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("₽", "RUB"),
            Map.entry("¥", "JPY"),
            Map.entry("₸", "KZT"),
            Map.entry("₹", "INR"),
            Map.entry("₴", "UAH"),
            Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"),
            Map.entry("hk$", "HKD"));

    private static final String CODES = "USD|EUR|GBP|RUB|KZT|JPY|CNY|INR|CHF|UAH|TRY|KRW|PLN|BRL|AUD|CAD|HKD|IRR";

    /** Symbols or codes printed before the digits. */
    static final String PREFIX = "US\\$|A\\$|C\\$|HK\\$|[$€£₽¥₸₹₴]|(?:" + CODES + ")\\s?";

    private Currencies() {}

    /** The ISO code for a symbol or code as printed, or null. */
    static String iso(String printed) {
        if (printed == null) {
            return null;
        }
        String p = printed.strip().toLowerCase(Locale.ROOT);
        if (p.matches("[a-z]{3}") && CODES.contains(p.toUpperCase(Locale.ROOT))) {
            return p.toUpperCase(Locale.ROOT);
        }
        return SYMBOLS.get(p);
    }
}
