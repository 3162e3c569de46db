package io.newsfuse.serve;

import io.newsfuse.store.SearchSnippets;
import java.time.LocalDate;
import java.util.List;

/**
 * What a search found, by words and by meaning.
 *
 * @param query    the query as asked
 * @param fulltext articles whose words match, best first
 * @param semantic articles closest in meaning, best first
 */
public record SearchResult(String query, List<Hit> fulltext, List<Hit> semantic) {
    public SearchResult {
        fulltext = List.copyOf(fulltext);
        semantic = List.copyOf(semantic);
    }

    /**
     * One article found.
     *
     * @param id        article id
     * @param title     headline, or null
     * @param site      outlet, or null
     * @param published publication date, or null
     * @param score     cosine similarity to the query (semantic hits), or null
     * @param stories   the stories holding it
     * @param snippets  passages holding the query's words, as plain and matched parts (the opening, all
     *                  plain, when no passage holds them)
     */
    public record Hit(
            String id,
            String title,
            String site,
            LocalDate published,
            Double score,
            List<StoryRef> stories,
            List<List<SearchSnippets.Part>> snippets) {}
}
