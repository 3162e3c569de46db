package io.newsfuse.serve;

import io.newsfuse.store.ArticleListing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Every article's unit embedding laid end to end in one array, so that ranking ten thousand articles
 * against a query is one pass over contiguous memory rather than a walk over as many small arrays.
 * Built once per catalog, on the first meaning search.
 */
final class VectorTable {
    /** An article and its similarity to a query. */
    record Scored(ArticleListing article, double score) {}

    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
            .thenComparing(s -> s.article().id(), Comparator.reverseOrder());

    private final ArticleListing[] articles;
    private final float[] flat;
    private final int dimension;

    private VectorTable(ArticleListing[] articles, float[] flat, int dimension) {
        this.articles = articles;
        this.flat = flat;
        this.dimension = dimension;
    }

    /** The table of these articles' embeddings; articles without one (or of another size) are left out. */
    static VectorTable of(Collection<ArticleListing> listings) {
        int dimension = listings.stream()
                .mapToInt(a -> a.vector().length)
                .filter(n -> n > 0)
                .findFirst()
                .orElse(0);
        List<ArticleListing> kept = listings.stream()
                .filter(a -> dimension > 0 && a.vector().length == dimension)
                .toList();
        float[] flat = new float[kept.size() * dimension];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(kept.get(i).vector(), 0, flat, i * dimension, dimension);
        }
        return new VectorTable(kept.toArray(ArticleListing[]::new), flat, dimension);
    }

    /** Whether no article has an embedding. */
    boolean isEmpty() {
        return articles.length == 0;
    }

    /**
     * The {@code limit} articles most similar to the query (dot product of unit vectors: the cosine), at
     * or above {@code min}, best first, ties by id.
     */
    List<Scored> best(float[] query, double min, int limit) {
        if (query.length != dimension || limit <= 0) {
            return List.of();
        }
        PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
        for (int i = 0; i < articles.length; i++) {
            double score = dot(query, i * dimension);
            if (score >= min && (best.size() < limit || score >= best.peek().score())) {
                best.add(new Scored(articles[i], score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Scored> ranked = new ArrayList<>(best);
        ranked.sort(WORST_FIRST.reversed());
        return ranked;
    }

    /** Four running sums, so the loop is not one long chain of dependent additions. */
    private double dot(float[] q, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            s0 += q[i] * flat[offset + i];
            s1 += q[i + 1] * flat[offset + i + 1];
            s2 += q[i + 2] * flat[offset + i + 2];
            s3 += q[i + 3] * flat[offset + i + 3];
        }
        for (; i < dimension; i++) {
            s0 += q[i] * flat[offset + i];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
