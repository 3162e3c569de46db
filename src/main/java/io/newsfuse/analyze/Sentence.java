package io.newsfuse.analyze;

/**
 * One sentence of an article.
 *
 * @param index  position in the article, from 0
 * @param begin  offset of its first character in the article text
 * @param end    offset just past its last character
 * @param text   the sentence exactly as it stands in the article text
 * @param vector sentence embedding (unit length), empty when no embedding model ran
 */
public record Sentence(int index, int begin, int end, String text, float[] vector) {
    public Sentence {
        vector = vector == null ? new float[0] : vector;
    }
}
