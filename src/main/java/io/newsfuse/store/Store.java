package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where analysed articles and the stories built from them are kept. Every write is one transaction:
 * a failure part-way leaves what was committed before intact. Saving what is already stored changes
 * nothing, so re-running the same input is harmless.
 */
public interface Store extends AutoCloseable {

    /** True when an article with this id is stored. */
    boolean contains(String articleId);

    /** Stores the articles (those already present are left as they are) in one transaction. */
    void saveArticles(Collection<AnalyzedArticle> articles);

    /** Every stored article, oldest publication date first (undated last), ties by id. */
    List<AnalyzedArticle> articles();

    /** One article by id. */
    Optional<AnalyzedArticle> article(String id);

    /** The stored articles among these ids, in the order given (unknown ids are left out). */
    List<AnalyzedArticle> articles(Collection<String> ids);

    /** Ids of the articles read from this source (a file path or URL). */
    List<String> articleIdsBySource(String source);

    /** Replaces every stored story by these, in one transaction. */
    void replaceStories(List<StoredStory> stories);

    /** Every stored story, largest first. */
    List<StoredStory> stories();

    /** Full-text search over titles and texts: ids of matching articles, best first. */
    List<String> search(String query, int limit);

    @Override
    void close();
}
