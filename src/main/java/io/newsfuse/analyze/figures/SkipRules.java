package io.newsfuse.analyze.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which numbers are not counts: years, dates, times of day, ages, addresses, phone numbers,
 * reference numbers ("No. 9") and numbers that are part of names ("Channel 4", "Flight 370").
 */
final class SkipRules {
    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|o['’]clock|hrs\\b|gmt\\b|utc\\b|local time|h\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[\\s.\\-]?\\d{3}[\\-.]\\d{4}");
    private static final Set<String> STREETS = Set.of(
            "street",
            "st",
            "st.",
            "avenue",
            "ave",
            "ave.",
            "road",
            "rd",
            "rd.",
            "drive",
            "dr",
            "dr.",
            "way",
            "lane",
            "ln",
            "boulevard",
            "blvd",
            "court",
            "ct",
            "place",
            "pl",
            "highway",
            "hwy",
            "parkway",
            "pkwy",
            "terrace",
            "circle",
            "square",
            "trail",
            "pike");
    private static final Set<String> BEFORE_REFERENCE = Set.of(
            "no.",
            "no",
            "#",
            "number",
            "route",
            "interstate",
            "highway",
            "hwy",
            "rd",
            "rd.",
            "road",
            "county",
            "flight",
            "room",
            "apartment",
            "apt",
            "apt.",
            "suite",
            "unit",
            "article",
            "section",
            "chapter",
            "page",
            "pages",
            "episode",
            "season",
            "level",
            "grade",
            "gate",
            "platform",
            "line",
            "bus",
            "channel",
            "version",
            "model",
            "ward",
            "district",
            "precinct",
            "aged",
            "age",
            "ages",
            "floor",
            "terminal",
            "pier",
            "exit",
            "tel",
            "tel.",
            "phone");
    private static final Set<String> YEAR_CONTEXT = Set.of(
            "since", "until", "till", "in", "of", "by", "early", "late", "mid", "from", "year", "summer", "winter",
            "spring", "autumn", "fall", "the", "and", "to", "before", "after", "during", "through", "between", "around",
            "circa");
    private static final Set<String> FUNCTION = Set.of(
            "the", "a", "an", "some", "about", "around", "over", "under", "nearly", "almost", "at", "least", "more",
            "than", "up", "to", "only", "just", "as", "many", "and", "or", "of", "in", "on", "by", "with", "for",
            "from", "said", "says", "another");

    private SkipRules() {}

    /** True when the quantity token at index i is not a count. */
    static boolean skip(String sentence, List<Token> t, int i, List<int[]> mentionSpans) {
        Token q = t.get(i);
        Quantity quantity = q.quantity();
        Token prev = i > 0 ? t.get(i - 1) : null;
        Token prev2 = i > 1 ? t.get(i - 2) : null;
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        String after = sentence.substring(q.end());
        if (month(prev)
                || month(next)
                || (next != null && next.is("of") && month(i + 2 < t.size() ? t.get(i + 2) : null))) {
            return true;
        }
        if (TIME_AFTER.matcher(after).find()) {
            return true;
        }
        if (quantity.kind() != Quantity.Kind.DIGITS) {
            return quantity.kind() == Quantity.Kind.WORDS
                    && prev != null
                    && prev.isCapitalized()
                    && !FUNCTION.contains(prev.lower())
                    && i > 1
                    && next != null
                    && next.isCapitalized();
        }
        if (phone(sentence, q)) {
            return true;
        }
        boolean plain =
                quantity.currency() == null && !quantity.percent() && q.text().matches("\\d+");
        if (plain && year(quantity.value(), prev, next)) {
            return true;
        }
        if (prev != null && plain && BEFORE_REFERENCE.contains(prev.lower())) {
            return true;
        }
        if (next != null && next.lower().matches("block|blocks")) {
            return true;
        }
        if (plain && address(t, i)) {
            return true;
        }
        if (plain && age(t, i)) {
            return true;
        }
        if (insideMention(q, mentionSpans)) {
            return true;
        }
        return plain && partOfName(t, i, prev);
    }

    private static boolean month(Token t) {
        return t != null
                && t.isWord()
                && MONTHS.contains(t.lower().replace(".", ""))
                && (t.isCapitalized() || t.lower().length() > 3);
    }

    private static boolean phone(String s, Token q) {
        int from = Math.max(0, q.begin() - 6);
        int to = Math.min(s.length(), q.end() + 10);
        var m = PHONE.matcher(s.substring(from, to));
        while (m.find()) {
            int b = from + m.start();
            int e = from + m.end();
            if (b <= q.begin() && e >= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean year(double v, Token prev, Token next) {
        if (v < 1800 || v > 2100 || v != Math.floor(v)) {
            return false;
        }
        if (next != null && next.isWord() && countedNoun(next.lower())) {
            return prev != null && YEAR_CONTEXT.contains(prev.lower()) && !prev.is("the") && !prev.is("around");
        }
        return true;
    }

    private static boolean countedNoun(String w) {
        return MeasureWords.of(w) != null
                || w.matches("people|persons|individuals|residents|civilians|others"
                        + "|men|women|children|workers|employees|families|households|homes|houses|buildings|[a-z]+s");
    }

    /** "900 Garden Way", "12 Baker Street": a number followed by capitalised words ending in a street word. */
    private static boolean address(List<Token> t, int i) {
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
            Token w = t.get(j);
            if (!w.isCapitalized()) {
                return false;
            }
            if (j > i + 1 && STREETS.contains(w.lower().replaceAll("\\.$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** "Matthew Wilson, 43, was sentenced", "(43)" after a name. */
    private static boolean age(List<Token> t, int i) {
        if (i < 2 || i + 1 >= t.size()) {
            return false;
        }
        Token prev = t.get(i - 1);
        Token name = t.get(i - 2);
        Token next = t.get(i + 1);
        double v = t.get(i).quantity().value();
        if (v > 120) {
            return false;
        }
        boolean commaAge = prev.is(",") && name.isCapitalized() && next.text().matches("[,;)]");
        boolean parenAge = prev.is("(") && name.isCapitalized() && next.is(")");
        return commaAge || parenAge;
    }

    private static boolean insideMention(Token q, List<int[]> spans) {
        for (int[] s : spans) {
            if (q.begin() >= s[0] && q.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** "Khabar 24 TV", "Flight 370 vanished": digits right after a capitalised word that is not a function word. */
    private static boolean partOfName(List<Token> t, int i, Token prev) {
        if (prev == null || !prev.isCapitalized() || FUNCTION.contains(prev.lower()) || i == 1) {
            return false;
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        return next == null || !next.isWord() || !countedNoun(next.lower()) || next.isCapitalized();
    }
}
