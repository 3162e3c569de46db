package io.newsfuse.consolidate.facts;

import java.time.LocalDate;

/**
 * What one article says about a fact.
 *
 * @param article   id of the article
 * @param value     the figure as printed, as a number ("about 8,000" gives 8000)
 * @param low       lowest value the phrase allows, in {@code unit}
 * @param high      highest value it allows, possibly {@code Double.POSITIVE_INFINITY}
 * @param text      the phrase as printed, qualifier included
 * @param authority who gives the figure, or null
 * @param begin     offset of the phrase in the article text
 * @param end       offset just past it
 * @param unit      the unit as printed ("people", a currency code, "%", a unit code, a counted noun)
 * @param subject   what or where the figure is about as the article says it, or null
 * @param sentence  index of the sentence holding it
 * @param asOf      the day the figure was given: the article's date (own or inferred), or null
 * @param vague     a vague plural ("dozens"): shown, never a conflict
 * @param partial   it counts a part of the whole ("a man", "two of them"), so the whole is at least this
 * @param superseded its source has given it up ("police originally said eight"): shown, never a conflict
 */
public record FactValue(
        String article,
        double value,
        double low,
        double high,
        String text,
        String authority,
        int begin,
        int end,
        String unit,
        String subject,
        int sentence,
        LocalDate asOf,
        boolean vague,
        boolean partial,
        boolean superseded) {}
