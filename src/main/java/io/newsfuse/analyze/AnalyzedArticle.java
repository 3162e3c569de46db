package io.newsfuse.analyze;

import io.newsfuse.extract.Article;
import java.util.List;

/**
 * An article with everything the language analysis found in it. Offsets of every item are character
 * offsets into {@code article().text()}.
 *
 * @param article   the extracted article
 * @param sentences its sentences, in order
 * @param mentions  named entities (people, organisations, places, ...)
 * @param times     dates, resolved against the publication date where relative
 * @param figures   quantities with what they count
 * @param quotes    direct quotes with their speakers
 * @param vector    article embedding (unit length), empty when no embedding model ran
 */
public record AnalyzedArticle(
        Article article,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<TimeMention> times,
        List<Figure> figures,
        List<Quote> quotes,
        float[] vector) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        vector = vector == null ? new float[0] : vector;
    }

    public String id() {
        return article.id();
    }

    /** The sentence holding the given character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
