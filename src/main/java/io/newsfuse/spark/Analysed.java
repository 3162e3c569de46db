package io.newsfuse.spark;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.support.Json;
import java.io.Serializable;

/**
 * What an executor made of one document: an analysed article (as JSON, vectors included) or the one-line
 * reason it was rejected.
 *
 * @param id     the article's id, or null for a rejection
 * @param source the document's source (file path, or the address a web archive record gives)
 * @param json   {@code Json.write(AnalyzedArticle)}, or null for a rejection
 * @param reason why the document was rejected, or null for an article
 */
record Analysed(String id, String source, String json, String reason) implements Serializable {
    static Analysed of(AnalyzedArticle a) {
        return new Analysed(a.id(), a.article().source(), Json.write(a), null);
    }

    static Analysed of(Rejection r) {
        return new Analysed(null, r.source(), null, r.reason());
    }

    boolean isArticle() {
        return json != null;
    }

    AnalyzedArticle article() {
        return Json.read(json, AnalyzedArticle.class);
    }

    Rejection rejection() {
        return new Rejection(source, reason);
    }
}
