package io.newsfuse.serve;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.extract.Article;
import java.time.LocalDate;

/**
 * What lists and searches show of an article, plus its embedding for semantic search.
 *
 * @param id        article id
 * @param title     headline, or null
 * @param source    file path or URL it was read from
 * @param site      outlet, or null
 * @param language  ISO 639-1 code, or null
 * @param published publication date, or null
 * @param vector    unit-length embedding, empty when none was computed
 */
record ArticleMeta(
        String id, String title, String source, String site, String language, LocalDate published, float[] vector) {

    static ArticleMeta of(io.newsfuse.store.ArticleListing a) {
        return new ArticleMeta(a.id(), a.title(), a.source(), a.site(), a.language(), a.published(), a.vector());
    }

    static ArticleMeta of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        return new ArticleMeta(a.id(), a.title(), a.source(), a.site(), a.language(), a.published(), analyzed.vector());
    }
}
