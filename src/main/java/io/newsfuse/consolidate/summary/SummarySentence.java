package io.newsfuse.consolidate.summary;

/**
 * One sentence of a story summary, verbatim from the article it cites.
 *
 * @param text         the sentence as the article prints it
 * @param article      the cited article's id
 * @param begin        offset of the sentence in that article's text
 * @param end          offset just past it
 * @param corroborated how many other independent sources say something close to it
 */
public record SummarySentence(String text, String article, int begin, int end, int corroborated) {}
