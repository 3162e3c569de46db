package io.newsfuse.analyze.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, number or punctuation mark of a sentence, with its folded form, as the date scanner reads it.
 * Numbers keep their separators ("2025-01-14", "16.01.2025", "7/11/2016") and an ordinal suffix
 * ("18th"); words keep inner apostrophes and hyphens ("Tuesday's", "twenty-first").
 *
 * @param text   the characters as written
 * @param folded lower case, accents and ordinal suffix removed
 * @param begin  offset in the article text
 * @param end    offset just past it
 * @param kind   word, number or punctuation
 */
record DateToken(String text, String folded, int begin, int end, Kind kind) {
    enum Kind {
        WORD,
        NUMBER,
        PUNCT
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,4}(?:[-./]\\d{1,4}){1,2}(?![\\d])|\\d+(?:\\p{L}{1,3})?(?![\\p{L}\\d])|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*(?:-[\\p{L}\\p{M}]+)*|\\S");

    static List<DateToken> tokenize(String text, int from, int to, DateWords words) {
        List<DateToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            Kind kind = Character.isDigit(c) ? Kind.NUMBER : Character.isLetter(c) ? Kind.WORD : Kind.PUNCT;
            String folded = DateWords.fold(t);
            if (kind == Kind.NUMBER && !folded.matches("[\\d./-]+")) {
                String digits = folded.replaceAll("\\p{L}+$", "");
                String suffix = folded.substring(digits.length());
                if (!words.ordinalSuffixes.contains(suffix)) {
                    kind = Kind.WORD;
                } else {
                    folded = digits;
                }
            }
            out.add(new DateToken(t, folded, m.start(), m.end(), kind));
        }
        return out;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }

    boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** The value of a plain number token ("18", "18th"), or -1. */
    int intValue() {
        return kind == Kind.NUMBER && folded.matches("\\d{1,4}") ? Integer.parseInt(folded) : -1;
    }
}
