package io.newsfuse.analyze.figures;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Maps currency symbols, codes and words as printed to ISO 4217 codes. */
final class Currencies {
    private static final Map<String, String> NAMES = Map.ofEntries(
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
            Map.entry("hk$", "HKD"),
            Map.entry("dollar", "USD"),
            Map.entry("us dollar", "USD"),
            Map.entry("u.s. dollar", "USD"),
            Map.entry("euro", "EUR"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds sterling", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("ruble", "RUB"),
            Map.entry("rouble", "RUB"),
            Map.entry("tenge", "KZT"),
            Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("rupee", "INR"),
            Map.entry("swiss franc", "CHF"),
            Map.entry("franc", "CHF"),
            Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"),
            Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"),
            Map.entry("won", "KRW"),
            Map.entry("zloty", "PLN"),
            Map.entry("zlotys", "PLN"),
            Map.entry("real", "BRL"),
            Map.entry("reais", "BRL"));

    private static final String CODES = "USD|EUR|GBP|RUB|KZT|JPY|CNY|INR|CHF|UAH|TRY|KRW|PLN|BRL|AUD|CAD|HKD";

    /** Symbols or codes printed before the digits. */
    static final String PREFIX = "US\\$|A\\$|C\\$|HK\\$|[$€£₽¥₸₹₴]|(?:" + CODES + ")\\s?";

    /** Currency words or codes printed after the number (and after any scale word). */
    static final Pattern SUFFIX = Pattern.compile(
            "^\\s*(?:(U\\.?S\\.? dollars?|dollars?|euros?|pounds sterling"
                    + "|pounds?(?!\\s+of\\b)|sterling|rubles?|roubles?|tenge|yen|yuan|renminbi|rupees?|swiss francs?|francs?"
                    + "|hryvnias?|liras?|won|zlotys?|reais)|(" + CODES + "))\\b",
            Pattern.CASE_INSENSITIVE);

    private Currencies() {}

    /** The ISO code for a symbol, code or word as printed, or null. */
    static String iso(String printed) {
        if (printed == null) {
            return null;
        }
        String p = printed.strip().toLowerCase(Locale.ROOT);
        if (p.matches("[a-z]{3}") && CODES.contains(p.toUpperCase(Locale.ROOT))) {
            return p.toUpperCase(Locale.ROOT);
        }
        String found = NAMES.get(p);
        if (found == null && p.endsWith("s")) {
            found = NAMES.get(p.substring(0, p.length() - 1));
        }
        if (found == null) {
            found = NAMES.get(p.replaceAll("\\s*dollars?$", " dollar"));
        }
        return found;
    }
}
