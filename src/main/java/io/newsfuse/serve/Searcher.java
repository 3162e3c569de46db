package io.newsfuse.serve;

import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.store.ArticleListing;
import io.newsfuse.store.SearchSnippets;
import io.newsfuse.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private final Store store;
    private final Supplier<? extends TextEmbedder> embedder;

    Searcher(Store store, Supplier<? extends TextEmbedder> embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    SearchResult search(String query, int limit, Catalog catalog) {
        List<SearchResult.Hit> words = new ArrayList<>();
        for (String id : store.search(query, limit)) {
            catalog.article(id).ifPresent(a -> words.add(hit(query, a, null, catalog)));
        }
        return new SearchResult(query, words, semantic(query, limit, catalog));
    }

    private List<SearchResult.Hit> semantic(String query, int limit, Catalog catalog) {
        if (catalog.articles().stream().allMatch(a -> a.vector().length == 0)) {
            return List.of();
        }
        float[] q = embedder.get().embed(List.of(query)).get(0);
        record Scored(ArticleListing article, double score) {}
        List<Scored> ranked = catalog.articles().stream()
                .map(a -> new Scored(a, TextEmbedder.cosine(q, a.vector())))
                .filter(s -> s.score() >= MIN_SIMILARITY)
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.article().id()))
                .toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        double floor = ranked.get(0).score() * RELATIVE_FLOOR;
        return ranked.stream()
                .filter(s -> s.score() >= floor)
                .limit(limit)
                .map(s -> hit(query, s.article(), Math.round(s.score() * 1000) / 1000.0, catalog))
                .toList();
    }

    private SearchResult.Hit hit(String query, ArticleListing a, Double score, Catalog catalog) {
        return new SearchResult.Hit(
                a.id(),
                a.title(),
                a.site(),
                a.published(),
                score,
                catalog.storyRefsOf(a.id()),
                snippets(query, a.id()));
    }

    /** The passages holding the query's words, or the article's opening when none does. */
    private List<List<SearchSnippets.Part>> snippets(String query, String articleId) {
        String text = store.article(articleId).map(a -> a.article().text()).orElse("");
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
