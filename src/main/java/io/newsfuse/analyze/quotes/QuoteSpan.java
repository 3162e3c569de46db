package io.newsfuse.analyze.quotes;

import java.util.List;

/**
 * A stretch of quoted words found between quotation marks, before anyone is credited with it.
 *
 * @param begin         first quoted character (marks and surrounding blanks excluded)
 * @param end           just past the last quoted character
 * @param text          the quoted words; paragraphs of a multi-paragraph quote joined by a space
 * @param openMark      offset of the opening mark
 * @param closeMark     offset of the closing mark (or of the last character when a paragraph-spanning
 *                      quote is closed by the end of the text)
 * @param firstParagraph paragraph index where the quote opens
 * @param lastParagraph  paragraph index where it closes
 * @param marked        mark-inclusive ranges {from, to} the quote covers, one per paragraph
 */
record QuoteSpan(
        int begin,
        int end,
        String text,
        int openMark,
        int closeMark,
        int firstParagraph,
        int lastParagraph,
        List<int[]> marked) {

    int wordCount() {
        return QuoteText.words(text);
    }
}
