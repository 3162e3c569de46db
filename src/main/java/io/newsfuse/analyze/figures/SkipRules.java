package io.newsfuse.analyze.figures;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which numbers are not counts: years, dates, times of day, ages, addresses, phone numbers,
 * reference numbers ("No. 9") and numbers that are part of names ("Channel 4", "Flight 370").
 */
final class SkipRules {
    /** The smallest number read as a house number after "at" and before a name. */
    private static final int MIN_HOUSE_NUMBER = 100;

    private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[\\s.\\-]?\\d{3}[\\-.]\\d{4}");

    private final FigureWords w;
    private final Pattern timeAfter;

    SkipRules(FigureWords words) {
        this.w = words;
        String alternatives = words.timeAfter.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(x -> Pattern.quote(x).replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|"));
        timeAfter = Pattern.compile("^\\s*(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    /** True when the quantity token at index i is not a count. */
    boolean skip(String sentence, List<Token> t, int i, List<int[]> mentionSpans) {
        Token q = t.get(i);
        Quantity quantity = q.quantity();
        Token prev = i > 0 ? t.get(i - 1) : null;
        Token prev2 = i > 1 ? t.get(i - 2) : null;
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        String after = sentence.substring(q.end());
        if (month(prev)
                || prev != null && prev.is(".") && month(prev2)
                || month(next)
                || (next != null && next.is("of") && month(i + 2 < t.size() ? t.get(i + 2) : null))) {
            return true;
        }
        java.util.regex.Matcher time = timeAfter.matcher(after);
        if (time.find() && (!duration(time.group().strip()) || prev != null && w.clockBefore.contains(prev.lower()))) {
            return true; // "at 9 p.m.", "à 14 heures"; but "en 24 heures" is how long
        }
        if (next != null && next.lower().matches("block|blocks")) {
            return true; // "two blocks east of", "the 8000 block of": a distance or an address, no count
        }
        if (quantity.kind() == Quantity.Kind.DIGITS && w.emergencyNumbers.contains(q.text())) {
            return true; // "911 calls", "a 999 call"
        }
        if (quantity.kind() != Quantity.Kind.DIGITS && temporal(t, i)) {
            return true;
        }
        if (quantity.kind() != Quantity.Kind.DIGITS) {
            return quantity.kind() == Quantity.Kind.WORDS
                    && prev != null
                    && prev.isCapitalized()
                    && !w.functionWords.contains(prev.lower())
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
        if (prev != null && plain && w.referenceWords.contains(prev.lower())) {
            return true;
        }
        if (temporal(t, i) || numbering(t, i)) {
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

    /** "Image 6 of 12", "1 of 3": a position in a series, both numbers. */
    private boolean numbering(List<Token> t, int i) {
        boolean before = i + 2 < t.size() && w.partitive.contains(t.get(i + 1).lower()) && digits(t.get(i + 2));
        boolean after = i >= 2 && w.partitive.contains(t.get(i - 1).lower()) && digits(t.get(i - 2));
        return digits(t.get(i)) && (before || after);
    }

    private static boolean digits(Token x) {
        return x.isQuantity() && x.text().matches("\\d+");
    }

    /**
     * "two months ago", "in the past two weeks", "30 years earlier": a span of time that dates something
     * rather than a quantity of the story.
     */
    boolean temporal(List<Token> t, int i) {
        if (i + 1 >= t.size() || !w.temporalUnits.contains(t.get(i + 1).lower())) {
            return false;
        }
        if (i + 2 < t.size() && w.temporalAfter.contains(t.get(i + 2).lower())) {
            return true;
        }
        return span(t, i);
    }

    /**
     * "in the past two months", "over the last five years", "20 in 80 hours": a span up to now, which a
     * count may cover.
     */
    boolean span(List<Token> t, int i) {
        if (i + 1 >= t.size() || !w.temporalUnits.contains(t.get(i + 1).lower())) {
            return false;
        }
        if (i >= 2
                && t.get(i - 1).isWord()
                && w.spanAfterCount.contains(t.get(i - 1).lower())
                && t.get(i - 2).isQuantity()) {
            return true;
        }
        for (String phrase : w.temporalBefore) {
            String[] words = phrase.split(" ");
            if (words.length > i) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = t.get(i - words.length + k).is(words[k]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word after a number is also a unit of duration ("heures", "horas", "h"). */
    private boolean duration(String word) {
        String code = w.unitWords.get(word.toLowerCase(java.util.Locale.ROOT));
        Units.Unit u = code == null ? null : Units.of(code);
        return u != null && u.dimension().equals("duration");
    }

    private boolean month(Token t) {
        return t != null
                && t.isWord()
                && w.months.contains(io.newsfuse.text.Folding.fold(t.lower()).replace(".", ""))
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

    private boolean year(double v, Token prev, Token next) {
        if (v < 1800 || v > 2100 || v != Math.floor(v)) {
            return false;
        }
        if (next != null && next.isWord() && countedNoun(next.lower())) {
            return prev != null && w.yearContext.contains(prev.lower()) && !prev.is("the") && !prev.is("around");
        }
        return true;
    }

    private boolean countedNoun(String x) {
        return w.event(x) != null
                || x.matches("people|persons|individuals|residents|civilians|others"
                        + "|men|women|children|workers|employees|families|households|homes|houses|buildings|[a-z]+s");
    }

    /** "900 Garden Way", "12 Baker Street": a number followed by capitalised words ending in a street word. */
    private boolean address(List<Token> t, int i) {
        if (i > 0
                && i + 1 < t.size()
                && w.addressBefore.contains(t.get(i - 1).lower())
                && t.get(i).quantity().value() >= MIN_HOUSE_NUMBER
                && t.get(i + 1).isCapitalized()
                && !month(t.get(i + 1))) {
            return true; // "found at 16411 Saybrook": a house number, even without "Street"
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
            Token x = t.get(j);
            if (!x.isCapitalized()) {
                return false;
            }
            if (j > i + 1 && w.streetWords.contains(x.lower().replaceAll("\\.$", ""))) {
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

    /**
     * "Khabar 24 TV", "Flight 370 vanished", "CBS 58 - …": digits right after a capitalised word that is not a
     * function word (at the start of a sentence only after an acronym).
     */
    private boolean partOfName(List<Token> t, int i, Token prev) {
        if (prev == null
                || !prev.isCapitalized()
                || w.functionWords.contains(prev.lower())
                || i == 1 && !prev.text().matches("\\p{Lu}{2,}")) {
            return false;
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        return next == null || !next.isWord() || !countedNoun(next.lower()) || next.isCapitalized();
    }
}
