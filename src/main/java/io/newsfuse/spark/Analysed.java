package io.newsfuse.spark;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.support.Json;
import java.io.Serializable;

/**
 * What an executor made of one document, or said about it: an analysed article (as JSON, vectors
 * included), the one-line reason it was rejected, or a one-line warning (its text was cut to the limits).
 *
 * @param kind   which of the three this is
 * @param id     the article's id, or null unless an article
 * @param source the document's source (file path, or the address a web archive record gives)
 * @param text   {@code Json.write(AnalyzedArticle)} for an article, else the reason or the warning
 */
record Analysed(Kind kind, String id, String source, String text) implements Serializable {
    enum Kind {
        ARTICLE,
        REJECTED,
        WARNED
    }

    static Analysed of(AnalyzedArticle a) {
        return new Analysed(Kind.ARTICLE, a.id(), a.article().source(), Json.write(a));
    }

    static Analysed of(Rejection r) {
        return new Analysed(Kind.REJECTED, null, r.source(), r.reason());
    }

    static Analysed warning(String source, String message) {
        return new Analysed(Kind.WARNED, null, source, message);
    }

    boolean isArticle() {
        return kind == Kind.ARTICLE;
    }

    AnalyzedArticle article() {
        return Json.read(text, AnalyzedArticle.class);
    }

    Rejection rejection() {
        return new Rejection(source, text);
    }
}
