package io.newsfuse.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: ISO ({@code 2022-01-10}, also with a
 * time), numeric ({@code 10.09.2023}, {@code 1/10/2022}), and with month names in the languages newsfuse
 * detects ({@code January 10, 2022}, {@code 10 Jan. 2022}, {@code 10 de enero de 2022}, {@code 10. Januar
 * 2022}, {@code 10 января 2022}).
 */
final class Dates {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "("
            + MONTHS.keySet().stream()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .map(Pattern::quote)
                    .reduce((a, b) -> a + "|" + b)
                    .orElseThrow()
            + ")";
    private static final String WEEKDAY =
            "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern DMY_NUMERIC =
            Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?" + MONTH
                    + "\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {}

    /** A date found in text, with where its match starts and ends. */
    record Found(LocalDate date, int start, int end) {}

    /** The date a whole value gives (metadata content, a container's field), or null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Found found = find(value.strip());
        return found == null ? null : found.date();
    }

    /** The earliest plausible date written in {@code text}, or null. */
    static Found find(CharSequence text) {
        Found best = null;
        best = earliest(best, first(ISO.matcher(text), 1, 2, 3));
        best = earliest(best, first(YMD_SLASH.matcher(text), 1, 2, 3));
        best = earliest(best, numeric(DMY_NUMERIC.matcher(text)));
        best = earliest(best, named(MONTH_DAY_YEAR.matcher(text), 2, 1, 3));
        best = earliest(best, named(DAY_MONTH_YEAR.matcher(text), 1, 2, 3));
        return best;
    }

    private static Found earliest(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static Found first(Matcher m, int year, int month, int day) {
        while (m.find()) {
            LocalDate date = date(m.group(year), m.group(month), m.group(day));
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found numeric(Matcher m) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean slash = m.group(2).equals("/");
            // Dots are day.month; slashes are month/day unless the first number cannot be a month.
            int day = slash && a <= 12 && b > 12 ? b : slash && a <= 12 ? b : a;
            int month = day == a ? b : a;
            LocalDate date = date(m.group(4), String.valueOf(month), String.valueOf(day));
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found named(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate date = date(m.group(yearGroup), String.valueOf(month), m.group(dayGroup));
                if (date != null) {
                    return new Found(date, m.start(), m.end());
                }
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1970 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The month a name or abbreviation means, or null. */
    static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    static String monthPattern() {
        return MONTH;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {
                "january", "jan", "enero", "ene", "januar", "jänner", "janvier", "janv", "gennaio", "gen", "janeiro",
                "januari", "января", "январь"
            },
            {
                "february",
                "feb",
                "febrero",
                "februar",
                "février",
                "févr",
                "fevr",
                "febbraio",
                "fevereiro",
                "fev",
                "februari",
                "февраля",
                "февраль"
            },
            {"march", "mar", "marzo", "märz", "mars", "março", "maart", "mrt", "марта", "март"},
            {"april", "apr", "abril", "abr", "avril", "avr", "aprile", "апреля", "апрель"},
            {"may", "mayo", "mai", "maggio", "mag", "maio", "mei", "мая", "май"},
            {"june", "jun", "junio", "juni", "juin", "giugno", "giu", "junho", "июня", "июнь"},
            {"july", "jul", "julio", "juli", "juillet", "juil", "luglio", "lug", "julho", "июля", "июль"},
            {"august", "aug", "agosto", "ago", "août", "aout", "augustus", "августа", "август"},
            {
                "september",
                "sep",
                "sept",
                "septiembre",
                "setiembre",
                "septembre",
                "settembre",
                "set",
                "setembro",
                "сентября",
                "сентябрь"
            },
            {
                "october", "oct", "octubre", "oktober", "okt", "octobre", "ottobre", "ott", "outubro", "out", "октября",
                "октябрь"
            },
            {"november", "nov", "noviembre", "novembre", "novembro", "ноября", "ноябрь"},
            {
                "december",
                "dec",
                "diciembre",
                "dic",
                "dezember",
                "dez",
                "décembre",
                "déc",
                "dicembre",
                "dezembro",
                "декабря",
                "декабрь"
            },
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.putIfAbsent(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
