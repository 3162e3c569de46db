package io.newsfuse.analyze;

/**
 * A quantity stated in an article, read as an interval, with what it counts, whom or what it is about,
 * when, and who gives it: one claim, which consolidation compares with the claims of other articles.
 *
 * @param text      the phrase as printed, qualifier included ("about 2,030", "more than a dozen")
 * @param value     the figure as printed, as a number ("about 8,000" gives 8000, "a dozen" 12)
 * @param low       lowest value the phrase allows once its qualifier is read
 * @param high      highest value the phrase allows (may be {@code Double.POSITIVE_INFINITY})
 * @param measure   what it counts or measures, as a concept of the language pack or the counted noun:
 *                  "killed", "injured", "passengers", "crew", "aboard", "altitude", "duration", "money",
 *                  "percent", "age"
 * @param unit      "people", a currency code, "%", a unit code ("km", "min", "m3/s"; see the figures'
 *                  {@code Units}), or the counted noun
 * @param subject   whom or where it is about: a group ("security forces", "children"), a place ("in
 *                  Almaty"), or the person or organisation a share or an age belongs to; null for the
 *                  story-wide figure
 * @param authority who gives the figure ("the Interior Ministry"), or null
 * @param begin     offset of the first character of {@code text} in the article text
 * @param end       offset just past its last character
 * @param sentence  index of the sentence holding it
 * @param qualifier how the qualifier was read ("EXACT", "ABOUT", "AT_LEAST", "MORE_THAN", "ALMOST",
 *                  "UP_TO", "LESS_THAN"), or null
 * @param vague     a vague plural ("dozens", "thousands"): shown, but never a conflict
 * @param partial   it counts part of the whole (one person, "two of the victims", "including 19"), so
 *                  the whole is at least this much
 * @param scope     the time or other event its sentence dates it to, as a date value ("2008",
 *                  "2020-01-08", "REF-1Y"), or null when the sentence names none
 * @param topic     what a sum, share or span is about ("compensation", "turnout", "duty", "captivity"),
 *                  or null
 * @param superseded its source has given it up ("police originally said eight"): shown, but never a
 *                  conflict
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
        int sentence,
        String qualifier,
        boolean vague,
        boolean partial,
        String scope,
        String topic,
        boolean superseded) {

    /** A plain claim: exact reading, the story's own time, no topic. */
    public Figure(
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
        this(
                text, value, low, high, measure, unit, subject, authority, begin, end, sentence, null, false, false,
                null, null, false);
    }

    /** The same claim marked as given up by its source. */
    public Figure asSuperseded() {
        return superseded
                ? this
                : new Figure(
                        text, value, low, high, measure, unit, subject, authority, begin, end, sentence, qualifier,
                        vague, partial, scope, topic, true);
    }

    /** The same claim counting a part of the whole. */
    public Figure asPart() {
        return partial
                ? this
                : new Figure(
                        text,
                        value,
                        low,
                        high,
                        measure,
                        unit,
                        subject,
                        authority,
                        begin,
                        end,
                        sentence,
                        qualifier,
                        vague,
                        true,
                        scope,
                        topic,
                        superseded);
    }

    /** The same claim counting the whole of its measure. */
    public Figure asWhole() {
        return !partial
                ? this
                : new Figure(
                        text,
                        value,
                        low,
                        high,
                        measure,
                        unit,
                        subject,
                        authority,
                        begin,
                        end,
                        sentence,
                        qualifier,
                        vague,
                        false,
                        scope,
                        topic,
                        superseded);
    }

    /** The same claim with another measure. */
    public Figure withMeasure(String newMeasure) {
        return new Figure(
                text,
                value,
                low,
                high,
                newMeasure,
                unit,
                subject,
                authority,
                begin,
                end,
                sentence,
                qualifier,
                vague,
                partial,
                scope,
                topic,
                superseded);
    }

    /** This figure as a restatement of {@code first} ("12 billion rials (some $20,000)"): its measure, subject, time and topic. */
    public Figure restating(Figure first) {
        return new Figure(
                text,
                value,
                low,
                high,
                first.measure,
                unit,
                first.subject,
                authority,
                begin,
                end,
                sentence,
                qualifier,
                vague,
                partial,
                first.scope,
                first.topic,
                superseded);
    }

    /**
     * The same claim read outside the article text (its headline): no offsets or sentence (-1), and no
     * authority of its own, since the headline speaks for the whole article.
     */
    public Figure outsideText() {
        return new Figure(
                text,
                value,
                low,
                high,
                measure,
                unit,
                subject,
                null,
                -1,
                -1,
                -1,
                qualifier,
                vague,
                partial,
                scope,
                topic,
                superseded);
    }

    /** Measures every reader knows; other measures are concepts of the language packs or counted nouns. */
    public static final String KILLED = Measure.KILLED.label();

    public static final String INJURED = Measure.INJURED.label();
    public static final String SHOT = Measure.SHOT.label();
    public static final String MONEY = Measure.MONEY.label();
    public static final String PERCENT = Measure.PERCENT.label();
    public static final String AGE = Measure.AGE.label();

    /** The measures every language reads; {@link #label()} is the value of {@link Figure#measure()}. */
    public enum Measure {
        KILLED,
        INJURED,
        SHOT,
        ARRESTED,
        MISSING,
        DISPLACED,
        EVACUATED,
        TROOPS,
        PROTESTERS,
        MONEY,
        PERCENT,
        AGE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
