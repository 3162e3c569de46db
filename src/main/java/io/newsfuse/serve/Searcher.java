package io.newsfuse.serve;

import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.store.ArticleListing;
import io.newsfuse.store.SearchSnippets;
import io.newsfuse.store.Store;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds articles for a query two ways: by words, through the store's full-text index, and by meaning,
 * ranking every article's embedding by cosine similarity to the query's. Each hit carries the passages
 * that hold the query's words, highlighted.
 */
final class Searcher {
    /**
     * Meaning hits below this similarity are unrelated: with MiniLM sentence embeddings, texts on other
     * subjects score up to about 0.25 against a short query.
     */
    static final double MIN_SIMILARITY = 0.3;
    /** Hits far below the best one are other subjects that share a few words' sense: kept above this share of it. */
    static final double RELATIVE_FLOOR = 0.6;
    /** Fragments shown per hit. */
    private static final int SNIPPETS = 2;
    /** Characters of the opening shown when no passage holds the query's words. */
    private static final int OPENING = 200;

    /** Query embeddings kept for repeated queries (a user paging, several users asking the same). */
    private static final int RECENT_QUERIES = 256;

    private final Store store;
    private final Supplier<? extends TextEmbedder> embedder;
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_QUERIES;
        }
    };

    Searcher(Store store, Supplier<? extends TextEmbedder> embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    SearchResult search(String query, int limit, Catalog catalog) {
        List<ArticleListing> words = store.search(query, limit).stream()
                .flatMap(id -> catalog.article(id).stream())
                .toList();
        List<VectorTable.Scored> meaning = semantic(query, limit, catalog);
        Set<String> shown = new LinkedHashSet<>();
        words.forEach(a -> shown.add(a.id()));
        meaning.forEach(s -> shown.add(s.article().id()));
        Map<String, String> texts = shown.isEmpty() ? Map.of() : store.articleTexts(shown);
        return new SearchResult(
                query,
                words.stream().map(a -> hit(query, a, null, texts, catalog)).toList(),
                meaning.stream()
                        .map(s -> hit(query, s.article(), Math.round(s.score() * 1000) / 1000.0, texts, catalog))
                        .toList());
    }

    /** The articles closest in meaning to the query, best first, above both floors. */
    private List<VectorTable.Scored> semantic(String query, int limit, Catalog catalog) {
        VectorTable table = catalog.vectors();
        if (table.isEmpty()) {
            return List.of();
        }
        List<VectorTable.Scored> ranked = table.best(queryVector(query), MIN_SIMILARITY, limit);
        if (ranked.isEmpty()) {
            return List.of();
        }
        double floor = ranked.get(0).score() * RELATIVE_FLOOR;
        return ranked.stream().filter(s -> s.score() >= floor).toList();
    }

    /** The query's embedding, from the recent queries' when it was asked lately. */
    private float[] queryVector(String query) {
        synchronized (recentQueries) {
            float[] known = recentQueries.get(query);
            if (known != null) {
                return known;
            }
        }
        float[] q = embedder.get().embed(List.of(query)).get(0);
        synchronized (recentQueries) {
            recentQueries.put(query, q);
        }
        return q;
    }

    private SearchResult.Hit hit(
            String query, ArticleListing a, Double score, Map<String, String> texts, Catalog catalog) {
        return new SearchResult.Hit(
                a.id(),
                a.title(),
                a.site(),
                a.published(),
                score,
                catalog.storyRefsOf(a.id()),
                snippets(query, texts.getOrDefault(a.id(), "")));
    }

    /** The passages holding the query's words, or the article's opening when none does. */
    private static List<List<SearchSnippets.Part>> snippets(String query, String text) {
        List<List<SearchSnippets.Part>> found = SearchSnippets.of(query, text, SNIPPETS);
        if (!found.isEmpty() || text.isBlank()) {
            return found;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        int cut = flat.lastIndexOf(' ', OPENING);
        String opening = flat.length() <= OPENING ? flat : flat.substring(0, cut > 0 ? cut : OPENING) + " …";
        return List.of(List.of(new SearchSnippets.Part(opening, false)));
    }
}
