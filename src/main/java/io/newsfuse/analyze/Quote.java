package io.newsfuse.analyze;

/**
 * A direct quote in an article and who said it.
 *
 * @param text         the quoted words, without the quotation marks
 * @param speaker      the speaker as named in the article (a pronoun already replaced by the person it
 *                     refers to), or null when no speaker was found
 * @param speakerBegin offset of the speaker's name in the article text, or -1
 * @param speakerEnd   offset just past the speaker's name, or -1
 * @param begin        offset of the first quoted character in the article text
 * @param end          offset just past the last quoted character
 * @param sentence     index of the sentence where the quote starts
 * @param vector       embedding of the quoted words (unit length), empty when not computed; computed at
 *                     analysis so matching quotes across a story needs no model
 */
public record Quote(
        String text,
        String speaker,
        int speakerBegin,
        int speakerEnd,
        int begin,
        int end,
        int sentence,
        float[] vector) {
    public Quote {
        vector = vector == null ? new float[0] : vector;
    }

    /** A quote whose embedding is not computed yet. */
    public Quote(String text, String speaker, int speakerBegin, int speakerEnd, int begin, int end, int sentence) {
        this(text, speaker, speakerBegin, speakerEnd, begin, end, sentence, new float[0]);
    }

    /** This quote with its embedding. */
    public Quote withVector(float[] embedding) {
        return new Quote(text, speaker, speakerBegin, speakerEnd, begin, end, sentence, embedding);
    }
}
