package io.newsfuse.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date header lines that open many article texts: {@code " date 2022-01-10"} (possibly with the
 * story continuing on the same line), {@code "Published 10.09.2023 19:40"}, {@code "Updated: Jan. 10,
 * 2022 at 3:15 p.m. EST"}, a bare {@code "10 January 2022"}, and wire datelines such as
 * {@code "MOSCOW, Jan. 10, 2022 (Reuters) -"}.
 *
 * @param date      the date the line gives
 * @param remainder the story text that follows the header on the same line, possibly empty
 */
record DateLine(LocalDate date, Line remainder) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:date|dated|published|updated|posted|last updated|last modified|first published|modified"
                    + "|publicado|actualizado|publicada|veröffentlicht|aktualisiert|stand|publié|mis à jour|modifié"
                    + "|pubblicato|aggiornato|gepubliceerd|bijgewerkt|atualizado|опубликовано|обновлено"
                    + "|publikacja|opublikowano|aktualizacja|zaktualizowano|publicação|publicado em)"
                    + "(?:\\s+(?:on|at|el|am|le|il|em|op))?\\s*[:\\-–|]?\\s*",
            FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "^[,|\\-–•·]?\\s*(?:at\\s+|um\\s+|à\\s+|a las\\s+|alle\\s+|-\\s*)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"
                    + "(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s*(?:uhr|h))?(?:\\s*\\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?",
            FLAGS);
    private static final Pattern AMBIGUOUS_SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}");
    private static final Pattern TWELVE_HOUR = Pattern.compile("[ap]\\.?\\s?m\\b", FLAGS);
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("\\p{L}{3,12}\\.?,?\\s+");
    private static final Pattern TRAILER = Pattern.compile("^[\\s,|\\-–—•·:]+");
    private static final Pattern DATELINE =
            Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s+\\p{Lu}[\\p{L}.]+)?,?\\s+$", Pattern.UNICODE_CASE);

    /** The header date this line opens with, or null when it does not open with one. */
    static DateLine parse(Line line) {
        String text = line.text();
        Matcher prefix = PREFIX.matcher(text);
        int start = prefix.lookingAt() ? prefix.end() : 0;
        String rest = text.substring(start);
        Dates.Found found = Dates.find(rest);
        if (found == null) {
            return null;
        }
        String before = rest.substring(0, found.start());
        // "Publié le dimanche 21 septembre 2025": after a header word, a weekday may name the day first
        boolean opensWithDate =
                before.isBlank() || start > 0 && WEEKDAY_FIRST.matcher(before).matches();
        boolean dateline =
                !opensWithDate && start == 0 && DATELINE.matcher(before).matches();
        if (!opensWithDate && !dateline) {
            return null;
        }
        int end = start + found.end();
        Matcher time = TIME.matcher(text.substring(end));
        LocalDate date = found.date();
        if (time.lookingAt()) {
            end += time.end();
            date = dayFirstBeside24HourClock(rest.substring(found.start(), found.end()), time.group(), date);
        }
        if (dateline) {
            // the dateline belongs to the story's first sentence: keep the whole line
            return new DateLine(date, line);
        }
        Matcher trailer = TRAILER.matcher(text.substring(end));
        if (trailer.lookingAt()) {
            end += trailer.end();
        }
        return new DateLine(date, line.slice(end, line.length()));
    }

    /**
     * A slash date such as {@code 07/02/2025} reads month first by default, but a 24-hour clock beside it
     * ({@code 07/02/2025 - 11:20}, no a.m./p.m.) is the day-first convention of most of the world's press.
     */
    private static LocalDate dayFirstBeside24HourClock(String written, String time, LocalDate monthFirst) {
        Matcher slash = AMBIGUOUS_SLASH.matcher(written);
        if (!slash.matches() || TWELVE_HOUR.matcher(time).find()) {
            return monthFirst;
        }
        int month = Integer.parseInt(slash.group(1));
        int day = Integer.parseInt(slash.group(2));
        if (month > 12 || day > 12 || monthFirst.getMonthValue() != month) {
            return monthFirst;
        }
        return LocalDate.of(monthFirst.getYear(), day, month);
    }
}
