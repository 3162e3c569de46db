package io.newsfuse.analyze.figures;

/**
 * A number as printed, before qualifiers and context are read.
 *
 * @param value    the value ("2.5 million" gives 2500000, "a dozen" 12)
 * @param kind     how it was written
 * @param currency ISO 4217 code when the number is money, else null
 * @param percent  true when followed by "%" or "percent"
 */
record Quantity(double value, Kind kind, String currency, boolean percent) {

    enum Kind {
        /** Digits, possibly with separators, decimals and a scale word. */
        DIGITS,
        /** Number words ("twelve", "two thousand", "a dozen"). */
        WORDS,
        /** The word "one", a number only next to a killing or injury word. */
        ONE,
        /** A vague plural read as a lower bound ("dozens", "hundreds", "tens of thousands"). */
        VAGUE,
        /** An age glued to its number ("61-year-old"). */
        AGE
    }

    boolean money() {
        return currency != null;
    }
}
