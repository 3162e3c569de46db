package io.newsfuse.consolidate.quotes;

/**
 * One wording of a statement in one article.
 *
 * @param article          id of the article
 * @param text             the quoted words as that article prints them
 * @param speakerAsWritten the speaker as that article names them, or null
 * @param begin            offset of the first quoted character in the article text
 * @param end              offset just past the last quoted character
 * @param sentence         index of the sentence where the quote starts
 */
public record QuoteOccurrence(String article, String text, String speakerAsWritten, int begin, int end, int sentence) {}
