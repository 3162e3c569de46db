package io.newsfuse.analyze.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date expressions of one sentence from its tokens, longest reading first at each position,
 * and says for each in which direction from the publication date it lies, from its own words ("last",
 * "next", "this") or else from the tense cues around it (see {@link #direction}).
 */
final class SentenceScan {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final String PAST = "<=";
    private static final String FUTURE = ">=";
    /** A sentence with fewer other words than this after a header word is a date line. */
    private static final int SHORT_LINE = 6;

    /**
     * One expression.
     *
     * @param begin              offset of its first character
     * @param end                offset just past its last character
     * @param timex              its value (see {@link io.newsfuse.analyze.DateResolver})
     * @param future             whether the sentence puts it ahead of the publication date
     * @param offsetFromPrevious for "two days earlier": days from the day named before, else null
     * @param first              index of its first token
     * @param last               index of its last token
     */
    record Found(int begin, int end, String timex, boolean future, Integer offsetFromPrevious, int first, int last) {}

    private final List<DateToken> t;
    private final DateWords w;

    SentenceScan(List<DateToken> tokens, DateWords words) {
        this.t = tokens;
        this.w = words;
    }

    List<Found> expressions() {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Found f = at(i);
            if (f == null) {
                i++;
            } else {
                out.add(f);
                i = f.last() + 1;
            }
        }
        return out;
    }

    /**
     * Whether the expression is a date line ("Published 16.01.2025", "Monday, March 10, 2031") rather than
     * something told: hardly any other word in its sentence, or a header word right before it in a short
     * one.
     */
    boolean headerOnly(Found f) {
        int others = 0;
        for (int k = 0; k < t.size(); k++) {
            if ((k < f.first() || k > f.last()) && t.get(k).isWord() && !dateWord(t.get(k))) {
                others++;
            }
        }
        if (others < 2) {
            return true;
        }
        for (int k = Math.max(0, f.first() - 2); k < f.first(); k++) {
            if (w.headerWords.contains(t.get(k).folded()) && others < SHORT_LINE) {
                return true;
            }
        }
        return false;
    }

    private boolean dateWord(DateToken x) {
        return month(x) > 0 || weekday(x) > 0 || w.dayParts.contains(x.folded());
    }

    private Found at(int i) {
        Found f = numeric(i);
        if (f == null) {
            f = weekdayLed(i);
        }
        if (f == null) {
            f = relativeDay(i);
        }
        if (f == null) {
            f = monthLed(i, i);
        }
        if (f == null) {
            f = dayLed(i, i);
        }
        if (f == null) {
            f = dayOfMonthOnly(i);
        }
        if (f == null) {
            f = counted(i);
        }
        if (f == null) {
            f = yearPeriod(i);
        }
        return f;
    }

    // ---- full dates in digits

    private Found numeric(int i) {
        DateToken x = t.get(i);
        if (!x.isNumber()) {
            return null;
        }
        String s = x.folded();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return full(i, i, num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = DOTTED.matcher(s);
        if (m.matches()) {
            return full(i, i, year(m.group(3)), num(m.group(2)), num(m.group(1)));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            int y = year(m.group(3));
            boolean monthFirst = a <= 12 && (b > 12 || "mdy".equals(w.slashOrder));
            return monthFirst ? full(i, i, y, a, b) : full(i, i, y, b, a);
        }
        return null;
    }

    private Found full(int from, int to, int y, int m, int d) {
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        return found(from, to, String.format("%04d-%02d-%02d", y, m, d), false, null);
    }

    // ---- weekdays

    private Found weekdayLed(int i) {
        int k = i;
        String direction = null;
        DateToken x = t.get(i);
        if (w.last.contains(x.folded()) || w.next.contains(x.folded()) || w.thisWords.contains(x.folded())) {
            if (i + 1 < t.size() && weekday(t.get(i + 1)) > 0) {
                direction = w.last.contains(x.folded()) ? "<" : w.next.contains(x.folded()) ? ">" : "~";
                k = i + 1;
            } else {
                return null;
            }
        }
        int day = weekday(t.get(k));
        if (day <= 0) {
            return null;
        }
        int end = k;
        int j = k + 1;
        if (j < t.size() && t.get(j).is(",")) {
            j++;
        }
        if (j < t.size()) {
            Found date = monthLed(j, i);
            if (date == null) {
                date = dayLed(j, i);
            }
            if (date != null) {
                return date;
            }
        }
        if (k + 1 < t.size() && w.dayParts.contains(t.get(k + 1).folded())) {
            end = k + 1;
        }
        if (direction == null && end + 1 < t.size()) {
            // "vendredi dernier", "el lunes próximo": the modifier follows the weekday
            String after = t.get(end + 1).folded();
            direction = w.lastAfter.contains(after) ? "<" : w.nextAfter.contains(after) ? ">" : null;
            end = direction == null ? end : end + 1;
        }
        String dir = direction != null ? direction : designated(k) ? FUTURE : direction(i, end);
        return found(i, end, "XXXX-WXX-" + day + (dir == null ? "" : dir), isFuture(dir), null);
    }

    /** "declared Thursday a day of mourning": a weekday named as the day of something to come. */
    private boolean designated(int weekday) {
        int j = weekday + 1;
        if (j >= t.size() || !w.articles.contains(t.get(j).folded())) {
            return false;
        }
        for (int k = j + 1; k < Math.min(t.size(), j + 4); k++) {
            if (w.designationNouns.contains(t.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private int weekday(DateToken x) {
        if (!x.isWord() || w.capitalized && !x.capitalized()) {
            return -1;
        }
        String f = x.folded().replaceAll("'s$", "");
        int day = w.weekdays.getOrDefault(f, -1);
        if (day < 0 && !w.dayParts.isEmpty()) {
            // "Samstagmorgen", "Sonntagvormittag": a weekday compounded with a part of the day
            for (var e : w.weekdays.entrySet()) {
                if (f.length() > e.getKey().length()
                        && f.startsWith(e.getKey())
                        && w.dayParts.contains(f.substring(e.getKey().length()))) {
                    return e.getValue();
                }
            }
        }
        return day;
    }

    // ---- today, yesterday, tomorrow

    private Found relativeDay(int i) {
        int[] offsets = {0, -1, 1, -2, 2};
        List<List<List<String>>> lists =
                List.of(w.today, w.yesterday, w.tomorrow, w.dayBeforeYesterday, w.dayAfterTomorrow);
        int bestLength = 0;
        int bestOffset = 0;
        for (int n = 0; n < lists.size(); n++) {
            for (List<String> phrase : lists.get(n)) {
                if (phrase.size() > bestLength && matches(i, phrase)) {
                    bestLength = phrase.size();
                    bestOffset = offsets[n];
                }
            }
        }
        if (bestLength == 0
                || bestLength == 1
                        && i > 0
                        && w.notRelativeAfter.contains(t.get(i - 1).folded())) {
            return null; // "la mañana", "am Morgen": a part of the day, not tomorrow
        }
        int end = i + bestLength - 1;
        // "today, Thursday": the weekday only repeats the day
        int j = end + 1;
        if (j < t.size() && t.get(j).is(",")) {
            j++;
        }
        if (j < t.size() && weekday(t.get(j)) > 0) {
            // the weekday names the day itself: it still holds when the article's date is only inferred
            String direction = bestOffset == 0 ? "~" : bestOffset < 0 ? "<" : ">";
            return found(i, j, "XXXX-WXX-" + weekday(t.get(j)) + direction, bestOffset > 0, null);
        } else if (j < t.size() && j > end + 1) {
            // "tomorrow, January 17": the date only repeats the day
            Found date = monthLed(j, j);
            if (date == null) {
                date = dayLed(j, j);
            }
            if (date != null) {
                end = date.last();
            }
        }
        return found(i, end, "REF" + (bestOffset >= 0 ? "+" : "") + bestOffset + "D", bestOffset > 0, null);
    }

    private boolean matches(int i, List<String> phrase) {
        if (i + phrase.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!t.get(i + k).is(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- days of a month: "January 8, 2020", "Jan. 14", "8 January 2020", "the eighteenth of April"

    private Found monthLed(int i, int begin) {
        int m = month(t.get(i));
        if (m <= 0) {
            return null;
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).is(".")) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        int day = t.get(j).intValue();
        if (day >= 1 && day <= 31 && !t.get(j).folded().contains(".")) {
            return withYear(begin, j, m, day);
        }
        int y = t.get(j).intValue();
        if (y >= 1900 && y <= 2100) {
            return found(begin, j, String.format("%04d-%02d", y, m), false, null);
        }
        return null;
    }

    private Found dayLed(int i, int begin) {
        int j = i;
        boolean article = w.the.contains(t.get(j).folded());
        if (article) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        int day = t.get(j).isNumber()
                ? t.get(j).intValue()
                : w.ordinals.getOrDefault(t.get(j).folded(), -1);
        if (day < 1
                || day > 31
                || article && t.get(j).isNumber() && t.get(j).text().matches("\\d+")) {
            return null;
        }
        int k = j + 1;
        if (k < t.size() && t.get(k).is(".")) {
            k++;
        }
        if (k < t.size() && w.of.contains(t.get(k).folded())) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        int m = month(t.get(k));
        if (m <= 0) {
            return null;
        }
        return withYear(begin, k, m, day);
    }

    /** A day and month, with a year if one follows ("2020", "of last year"). */
    private Found withYear(int begin, int dayEnd, int m, int day) {
        int j = dayEnd + 1;
        if (j < t.size() && t.get(j).is(",")) {
            j++;
        }
        if (j < t.size()) {
            int y = t.get(j).intValue();
            if (y >= 1900 && y <= 2100 && t.get(j).text().matches("\\d{4}")) {
                return full(begin, j, y, m, day);
            }
        }
        for (int shift = -1; shift <= 1; shift++) {
            List<List<String>> phrases = shift < 0 ? w.ofLastYear : shift == 0 ? w.ofThisYear : w.ofNextYear;
            for (List<String> p : phrases) {
                if (matches(dayEnd + 1, p)) {
                    String timex = String.format("REF%+dY-%02d-%02d", shift, m, day);
                    return found(begin, dayEnd + p.size(), timex, shift > 0, null);
                }
            }
        }
        String dir = direction(begin, dayEnd);
        return found(
                begin, dayEnd, String.format("XXXX-%02d-%02d", m, day) + (dir == null ? "" : dir), isFuture(dir), null);
    }

    private int month(DateToken x) {
        if (!x.isWord() || w.capitalized && !x.capitalized()) {
            return -1;
        }
        return w.months.getOrDefault(x.folded(), -1);
    }

    /** "on the 14th": a day of the month the direction picks. */
    private Found dayOfMonthOnly(int i) {
        if (i == 0
                || !w.numberedDayPrepositions.contains(t.get(i - 1).folded())
                || !w.the.contains(t.get(i).folded())) {
            return null;
        }
        if (i + 1 >= t.size()) {
            return null;
        }
        DateToken d = t.get(i + 1);
        int day = d.isNumber() && !d.text().matches("\\d+") ? d.intValue() : w.ordinals.getOrDefault(d.folded(), -1);
        if (day < 1 || day > 31) {
            return null;
        }
        if (i + 2 < t.size()) {
            DateToken after = t.get(i + 2);
            if (after.isWord()
                    && (w.notDayNouns.contains(after.folded()) || w.of.contains(after.folded()) || month(after) > 0)) {
                return null;
            }
        }
        String dir = direction(i, i + 1);
        return found(i, i + 1, String.format("XXXX-XX-%02d", day) + (dir == null ? "" : dir), isFuture(dir), null);
    }

    // ---- "three days ago", "two days earlier"

    private Found counted(int i) {
        DateToken x = t.get(i);
        int n = x.intValue();
        if (n < 0) {
            n = w.numbers.getOrDefault(x.folded(), w.articles.contains(x.folded()) ? 1 : -1);
        }
        if (n < 0
                || n > 366
                || i + 2 >= t.size()
                || !w.dayUnits.contains(t.get(i + 1).folded())) {
            return null;
        }
        String after = t.get(i + 2).folded();
        if (w.ago.contains(after)) {
            return found(i, i + 2, "REF-" + n + "D", false, null);
        }
        for (List<String> lead : w.agoBefore) {
            // "vor zwei Tagen", "hace tres días", "il y a deux jours"
            if (i >= lead.size() && matches(i - lead.size(), lead)) {
                return found(i - lead.size(), i + 1, "REF-" + n + "D", false, null);
            }
        }
        boolean earlier = after.equals("earlier") || after.equals("before");
        boolean later = after.equals("later") || after.equals("after");
        boolean adverb = i + 3 >= t.size() || !t.get(i + 3).isWord();
        if ((earlier || later) && adverb) {
            return found(i, i + 2, "", false, earlier ? -n : n);
        }
        return null;
    }

    // ---- periods: "in 2008", "last year"

    private Found yearPeriod(int i) {
        DateToken x = t.get(i);
        if (w.periodPrepositions.contains(x.folded()) && i + 1 < t.size()) {
            DateToken y = t.get(i + 1);
            int v = y.intValue();
            if (v >= 1900 && v <= 2100 && y.text().matches("\\d{4}")) {
                return found(i + 1, i + 1, String.valueOf(v), false, null);
            }
        }
        Found month = monthOnly(i);
        if (month != null) {
            return month;
        }
        for (int shift = -1; shift <= 1; shift++) {
            List<List<String>> phrases = shift < 0 ? w.ofLastYear : shift == 0 ? w.ofThisYear : w.ofNextYear;
            for (List<String> p : phrases) {
                if (!w.of.contains(p.get(0)) && matches(i, p)) {
                    return found(i, i + p.size() - 1, String.format("REF%+dY", shift), shift > 0, null);
                }
            }
        }
        return null;
    }

    /**
     * "in December", "since March", "last May", "im Dezember": a month without a day or a year, after a
     * preposition or a word like "last" that makes the month word a date. Its value is {@code XXXX-12}
     * with the direction the words give, so the month is the one before or after the article's.
     */
    private Found monthOnly(int i) {
        if (i + 1 >= t.size()) {
            return null;
        }
        String lead = t.get(i).folded();
        boolean preposition = w.periodPrepositions.contains(lead) && !w.of.contains(lead);
        String direction =
                w.last.contains(lead) ? "<" : w.next.contains(lead) ? ">" : w.thisWords.contains(lead) ? "~" : null;
        if (!preposition && direction == null) {
            return null;
        }
        int m = month(t.get(i + 1));
        if (m <= 0
                || monthLed(i + 1, i + 1) != null
                || w.numberWords.contains(t.get(i + 1).folded())) {
            return null; // "de sept des neuf hôpitaux": seven, not September
        }
        if (i + 2 < t.size()
                && (t.get(i + 2).isNumber() || w.of.contains(t.get(i + 2).folded()))) {
            return null; // "in March 2020" (read as a month of that year), "in May of last year"
        }
        String dir = direction != null ? direction : direction(i, i + 1);
        return found(i, i + 1, String.format("XXXX-%02d", m) + (dir == null ? "" : dir), isFuture(dir), null);
    }

    // ---- direction from tense

    /**
     * The direction the words around tokens [from, to] give: that of a preposition right before them
     * ("until Friday", "since Monday"); else {@code >=} when a future cue ("will", "is
     * due", "next") stands nearer than any past cue, {@code <=} when a past cue ("was", "said", a
     * regular past form) does, {@code >=} when only a weak future cue ("from", "until", "takes effect")
     * is there, null when nothing says. A cue after the expression counts one word farther than one
     * before it, so "must be counted by March 20, the commission said" looks ahead.
     */
    String direction(int from, int to) {
        if (from > 0 && w.futurePrepositions.contains(t.get(from - 1).folded())) {
            return FUTURE;
        }
        if (from > 0 && w.pastPrepositions.contains(t.get(from - 1).folded())) {
            return PAST;
        }
        int future = Integer.MAX_VALUE;
        int weak = Integer.MAX_VALUE;
        int past = Integer.MAX_VALUE;
        for (int k = from - 1, d = 1; k >= 0 && d <= DateFinder.CUE_BEFORE; k--, d++) {
            if (clauseBreak(t.get(k))) {
                break;
            }
            future = Math.min(future, cueAt(k, w.futureCues) ? d : future);
            weak = Math.min(weak, cueAt(k, w.weakFutureCues) ? d : weak);
            past = Math.min(past, pastAt(k) ? d : past);
        }
        for (int k = to + 1, d = 2; k < t.size() && d <= DateFinder.CUE_AFTER + 1; k++, d++) {
            if (clauseBreak(t.get(k))) {
                break;
            }
            future = Math.min(future, cueAt(k, w.futureCues) ? d : future);
            weak = Math.min(weak, cueAt(k, w.weakFutureCues) ? d : weak);
            past = Math.min(past, pastAt(k) ? d : past);
        }
        if (future < past) {
            return FUTURE;
        }
        if (past != Integer.MAX_VALUE) {
            return PAST;
        }
        return weak != Integer.MAX_VALUE ? FUTURE : null;
    }

    private static boolean clauseBreak(DateToken x) {
        return !x.isWord() && !x.isNumber() && ";:—–()\"“”«»„".contains(x.text());
    }

    /** Whether a cue phrase ends at token k (so that "is due" is found from "due"). */
    private boolean cueAt(int k, List<List<String>> cues) {
        for (List<String> cue : cues) {
            int start = k - cue.size() + 1;
            if (start >= 0 && matches(start, cue)) {
                return true;
            }
        }
        return false;
    }

    private boolean pastAt(int k) {
        DateToken x = t.get(k);
        if (!x.isWord()) {
            return false;
        }
        if (cueAt(k, w.pastCues)) {
            return true;
        }
        // "must be counted", "being moved": a participle after an infinitive is no past tense; a
        // capitalised "Mohammed" or "Meschhed" is a name
        boolean passive = k > 0 && w.infinitiveAuxiliaries.contains(t.get(k - 1).folded());
        return !passive && !(k > 0 && x.capitalized()) && w.pastForm(x.folded());
    }

    private static boolean isFuture(String direction) {
        return direction != null && direction.startsWith(">");
    }

    private Found found(int from, int to, String timex, boolean future, Integer offset) {
        return new Found(t.get(from).begin(), t.get(to).end(), timex, future, offset, from, to);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        return s.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }
}
