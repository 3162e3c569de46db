package io.newsfuse.consolidate.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a story's timeline: what happened (or is to happen), and every article that dates something
 * to that day.
 *
 * @param date      the calendar day
 * @param text      a sentence telling what happened that day, verbatim from {@code article}
 * @param article   the article {@code text} comes from
 * @param articles  every article that dates something to this day
 * @param citations each dating expression with its sentence
 * @param scheduled true when every citation speaks of the day as still to come when it was written
 */
public record TimelineEntry(
        LocalDate date,
        String text,
        String article,
        List<String> articles,
        List<Citation> citations,
        boolean scheduled) {
    public TimelineEntry {
        articles = List.copyOf(articles);
        citations = List.copyOf(citations);
    }

    /**
     * A dating expression in one article.
     *
     * @param article   the article id
     * @param words     the date words as written ("on Friday")
     * @param relative  true when resolved against a publication date
     * @param sentence  the sentence holding it
     * @param begin     offset of the sentence in the article text
     * @param end       offset just past the sentence
     * @param scheduled true when the sentence speaks of the day as still to come
     */
    public record Citation(
            String article, String words, boolean relative, String sentence, int begin, int end, boolean scheduled) {}
}
