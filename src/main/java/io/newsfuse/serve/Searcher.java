package io.newsfuse.serve;

import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds articles for a query two ways: by words, through the store's full-text index, and by meaning,
 * ranking every article's embedding by cosine similarity to the query's.
 */
final class Searcher {
    /** Semantic hits below this similarity are noise for short queries. */
    private static final double MIN_SIMILARITY = 0.15;

    private final Store store;
    private final Supplier<? extends TextEmbedder> embedder;

    Searcher(Store store, Supplier<? extends TextEmbedder> embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    SearchResult search(String query, int limit, Catalog catalog) {
        List<SearchResult.Hit> words = new ArrayList<>();
        for (String id : store.search(query, limit)) {
            catalog.article(id).ifPresent(a -> words.add(hit(a, null, catalog)));
        }
        return new SearchResult(query, words, semantic(query, limit, catalog));
    }

    private List<SearchResult.Hit> semantic(String query, int limit, Catalog catalog) {
        if (catalog.articles().stream().allMatch(a -> a.vector().length == 0)) {
            return List.of();
        }
        float[] q = embedder.get().embed(List.of(query)).get(0);
        record Scored(ArticleMeta article, double score) {}
        return catalog.articles().stream()
                .map(a -> new Scored(a, TextEmbedder.cosine(q, a.vector())))
                .filter(s -> s.score() >= MIN_SIMILARITY)
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.article().id()))
                .limit(limit)
                .map(s -> hit(s.article(), Math.round(s.score() * 1000) / 1000.0, catalog))
                .toList();
    }

    private static SearchResult.Hit hit(ArticleMeta a, Double score, Catalog catalog) {
        return new SearchResult.Hit(a.id(), a.title(), a.site(), a.published(), score, catalog.storyRefsOf(a.id()));
    }
}
