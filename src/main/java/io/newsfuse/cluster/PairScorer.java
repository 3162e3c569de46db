package io.newsfuse.cluster;

import io.newsfuse.analyze.TextEmbedder;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores how likely two articles tell one story: likeness of meaning (embedding cosine, weakened as
 * their dates drift apart, and by half when either is undated, since then nothing confirms they are of
 * the same days) plus shared particulars (names, days and numbers; uncommon words) weighted by their
 * rarity among all articles; between articles in different languages the names, days and numbers stand
 * in for the content words. Caches rarity lookups, weighted word vectors, their norms and name totals for one assignment; not
 * thread-safe.
 */
final class PairScorer {
    private final StoryClusterer.Weights weights;
    private final Rarity rarity;
    private final Map<String, Double> keyIdf = new HashMap<>();
    private final Map<String, Double> wordIdf = new HashMap<>();
    private final Map<String, Double> wordNorms = new HashMap<>();
    private final Map<String, Double> nameTotals = new HashMap<>();
    private final Map<String, Map<String, Double>> weightedWords = new HashMap<>();

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
        double total = nameTotal(a) + nameTotal(b);
        if (total == 0) {
            return 0;
        }
        var small = a.keys().size() <= b.keys().size() ? a.keys() : b.keys();
        var large = small == a.keys() ? b.keys() : a.keys();
        double shared = 0;
        for (String name : small) {
            if (large.contains(name)) {
                shared += keyIdf(name);
            }
        }
        return 2 * shared / total;
    }

    private double nameTotal(ArticleFeatures f) {
        return nameTotals.computeIfAbsent(f.id(), id -> {
            double total = 0;
            for (String name : f.keys()) {
                total += keyIdf(name);
            }
            return total;
        });
    }

    /** TF-IDF cosine of the content words. */
    double words(ArticleFeatures a, ArticleFeatures b) {
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        Map<String, Double> wa = weighted(a);
        Map<String, Double> wb = weighted(b);
        Map<String, Double> small = wa.size() <= wb.size() ? wa : wb;
        Map<String, Double> large = small == wa ? wb : wa;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot / (na * nb);
    }

    /** The article's words weighted by count times rarity, computed once per article. */
    private Map<String, Double> weighted(ArticleFeatures f) {
        return weightedWords.computeIfAbsent(f.id(), id -> {
            Map<String, Double> out = new HashMap<>(f.words().size() * 2);
            f.words().forEach((w, n) -> out.put(w, n * wordIdf(w)));
            return out;
        });
    }

    private double norm(ArticleFeatures f) {
        return wordNorms.computeIfAbsent(f.id(), id -> {
            double norm = 0;
            for (double w : weighted(f).values()) {
                norm += w * w;
            }
            return Math.sqrt(norm);
        });
    }
}
