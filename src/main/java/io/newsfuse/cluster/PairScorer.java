package io.newsfuse.cluster;

import io.newsfuse.analyze.TextEmbedder;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores how likely two articles tell one story: likeness of meaning (embedding cosine, weakened as
 * their dates drift apart, and by half when either is undated, since then nothing confirms they are of
 * the same days) plus shared particulars (names, days and numbers; uncommon words) weighted by their
 * rarity among all articles; between articles in different languages the names, days and numbers stand
 * in for the content words. Caches rarity lookups and word-vector norms for one assignment; not
 * thread-safe.
 */
final class PairScorer {
    private final StoryClusterer.Weights weights;
    private final Rarity rarity;
    private final Map<String, Double> keyIdf = new HashMap<>();
    private final Map<String, Double> wordIdf = new HashMap<>();
    private final Map<String, Double> wordNorms = new HashMap<>();

    PairScorer(StoryClusterer.Weights weights, Rarity rarity) {
        this.weights = weights;
        this.rarity = rarity;
    }

    /**
     * The pair's score. Time apart weakens only the general likeness of meaning: shared rare
     * particulars (names, places, days, uncommon words) still link a follow-up months later.
     */
    double score(ArticleFeatures a, ArticleFeatures b, double decay) {
        // across languages content words cannot match: the names, days and numbers carry their weight
        double particulars = a.otherLanguageThan(b)
                ? (weights.names() + weights.words()) * names(a, b)
                : weights.names() * names(a, b) + weights.words() * words(a, b);
        return weights.meaning() * TextEmbedder.cosine(a.vector(), b.vector()) * decay + particulars;
    }

    double keyIdf(String key) {
        return keyIdf.computeIfAbsent(key, k -> rarity.idf(rarity.keyFrequency(k)));
    }

    double wordIdf(String word) {
        return wordIdf.computeIfAbsent(word, w -> rarity.idf(rarity.wordFrequency(w)));
    }

    /**
     * Rarity-weighted share of names, days and numbers the two have in common: twice the shared weight
     * over both totals (Dice), so a short article whose few names all recur in a long one on a related
     * event does not count as matching it fully.
     */
    double names(ArticleFeatures a, ArticleFeatures b) {
        double shared = 0;
        double totalA = 0;
        double totalB = 0;
        for (String name : a.keys()) {
            double w = keyIdf(name);
            totalA += w;
            if (b.keys().contains(name)) {
                shared += w;
            }
        }
        for (String name : b.keys()) {
            totalB += keyIdf(name);
        }
        return totalA + totalB == 0 ? 0 : 2 * shared / (totalA + totalB);
    }

    /** TF-IDF cosine of the content words. */
    double words(ArticleFeatures a, ArticleFeatures b) {
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        Map<String, Integer> small = a.words().size() <= b.words().size() ? a.words() : b.words();
        Map<String, Integer> large = small == a.words() ? b.words() : a.words();
        double dot = 0;
        for (var e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                double idf = wordIdf(e.getKey());
                dot += e.getValue() * idf * other * idf;
            }
        }
        return dot / (na * nb);
    }

    private double norm(ArticleFeatures f) {
        return wordNorms.computeIfAbsent(f.id(), id -> {
            double norm = 0;
            for (var e : f.words().entrySet()) {
                double w = e.getValue() * wordIdf(e.getKey());
                norm += w * w;
            }
            return Math.sqrt(norm);
        });
    }
}
