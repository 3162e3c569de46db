package io.newsfuse.extract;

import java.text.DateFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and abbreviations in every language the JDK has locale data for (CLDR), in the forms
 * dates are written with ("10. Januar", "10 января", "10 de enero") and alone ("Январь"), lower-cased
 * and without a final dot. Where two languages use one word for different months, the more widely
 * published language wins (the order of {@link #PRIORITY}), then the JDK's locale order.
 */
final class MonthNames {
    /** Languages whose words win a clash, most published on the web first. */
    private static final List<String> PRIORITY =
            List.of("en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "sv", "da", "nb", "fi", "cs", "tr");

    private static final Map<String, Integer> MONTHS = build();
    private static final java.util.Set<String> WEEKDAYS = weekdays();

    private MonthNames() {}

    /** The month (1–12) a lower-cased name or abbreviation means, or null. */
    static Integer month(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.get(key);
    }

    /**
     * Whether a lower-cased word is a weekday's name or abbreviation in one of the most published
     * languages ("friday", "fr", "ven", "lun"), without a final dot or comma.
     */
    static boolean isWeekday(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String key = word.toLowerCase(Locale.ROOT);
        while (!key.isEmpty() && (key.endsWith(".") || key.endsWith(","))) {
            key = key.substring(0, key.length() - 1);
        }
        return WEEKDAYS.contains(key);
    }

    private static java.util.Set<String> weekdays() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String language : PRIORITY) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.of(language));
            for (String[] names : List.of(symbols.getWeekdays(), symbols.getShortWeekdays())) {
                for (String name : names) {
                    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
                    key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
                    if (key.length() >= 2 && key.codePoints().allMatch(Character::isLetter)) {
                        out.add(key);
                    }
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> months = new HashMap<>();
        for (Locale locale : locales()) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            add(months, symbols.getMonths());
            add(months, symbols.getShortMonths());
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {
                    TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE
                }) {
                    put(months, month.getDisplayName(style, locale), month.getValue());
                }
            }
        }
        // English abbreviations newsrooms use beside CLDR's ("Sept.")
        put(months, "sept", 9);
        return Map.copyOf(months);
    }

    private static List<Locale> locales() {
        List<Locale> all = new ArrayList<>();
        for (String language : PRIORITY) {
            all.add(Locale.of(language));
        }
        Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getLanguage().isEmpty()
                        && l.getCountry().isEmpty()
                        && l.getVariant().isEmpty())
                .filter(l -> !PRIORITY.contains(l.getLanguage()))
                .sorted(Comparator.comparing(Locale::toLanguageTag))
                .forEach(all::add);
        return all;
    }

    private static void add(Map<String, Integer> months, String[] names) {
        for (int i = 0; i < Math.min(12, names.length); i++) {
            put(months, names[i], i + 1);
        }
    }

    private static void put(Map<String, Integer> months, String name, int month) {
        if (name == null) {
            return;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        // only words: numeric "forms" ("1", "M01") would turn any number into a month
        if (key.length() >= 3 && key.codePoints().allMatch(Character::isLetter)) {
            months.putIfAbsent(key, month);
        }
    }
}
