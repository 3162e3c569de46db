package io.newsfuse.analyze;

/**
 * A quantity stated in an article, read as an interval, with what it counts and who gives it.
 *
 * @param text      the phrase as printed, qualifier included ("about 2,030", "more than a dozen")
 * @param value     the figure as printed, as a number ("about 8,000" gives 8000, "a dozen" 12)
 * @param low       lowest value the phrase allows once its qualifier is read
 * @param high      highest value the phrase allows (may be {@code Double.POSITIVE_INFINITY})
 * @param measure   what it counts: one of {@link Measure}'s names, lower case
 * @param unit      "people", a currency code, "%", or another counted noun
 * @param subject   what or where it is about ("in Almaty", "security forces"), or null
 * @param authority who gives the figure ("the Interior Ministry"), or null
 * @param begin     offset of the first character of {@code text} in the article text
 * @param end       offset just past its last character
 * @param sentence  index of the sentence holding it
 */
public record Figure(
        String text,
        double value,
        double low,
        double high,
        String measure,
        String unit,
        String subject,
        String authority,
        int begin,
        int end,
        int sentence) {

    /** What a figure counts. */
    public enum Measure {
        KILLED,
        INJURED,
        ARRESTED,
        MISSING,
        DISPLACED,
        EVACUATED,
        TROOPS,
        PROTESTERS,
        MONEY,
        PERCENT,
        OTHER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
