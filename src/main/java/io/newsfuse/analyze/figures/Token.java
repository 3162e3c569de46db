package io.newsfuse.analyze.figures;

import java.util.Locale;

/**
 * A word, number or punctuation mark of one sentence. Offsets are into the sentence text.
 *
 * @param text     the characters as written
 * @param begin    offset of the first character
 * @param end      offset just past the last character
 * @param kind     word, quantity or punctuation
 * @param quantity the number read, for {@link Kind#QUANTITY} tokens; null otherwise
 */
record Token(String text, int begin, int end, Kind kind, Quantity quantity) {

    enum Kind {
        WORD,
        QUANTITY,
        PUNCT
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuantity() {
        return kind == Kind.QUANTITY;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String lowerText) {
        return lower().equals(lowerText);
    }
}
