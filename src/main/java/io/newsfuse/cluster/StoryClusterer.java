package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.support.Hashes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online story clustering: articles arrive in date order; each joins the story it is most similar to,
 * or opens a new one; afterwards stories that have grown alike merge. Similarity of an article to a
 * story is the mean of its similarity to the story's articles, which mixes meaning (embedding cosine,
 * weakened as publication dates drift apart), shared names and dated days weighted by rarity (a name
 * most articles share says little), and the TF-IDF cosine of content words; articles further apart in
 * time than a window never join. The same
 * input always gives the same stories.
 */
public final class StoryClusterer {
    private final Weights weights;
    private final int maxDays;

    /**
     * How the signals are mixed and where the line is drawn.
     *
     * @param meaning   weight of the embedding cosine
     * @param names     weight of the rarity-weighted share of names and days
     * @param words     weight of the TF-IDF cosine of content words
     * @param threshold score from which an article joins a story
     * @param halfLife  days of publication gap that halve the weight of likeness in meaning (follow-ups
     *                  months later still join on shared particulars)
     */
    public record Weights(double meaning, double names, double words, double threshold, double halfLife) {
        /** Tuned on the bundled examples, the seed articles and a development half of the gun-violence sample. */
        public static final Weights DEFAULT = new Weights(0.25, 0.45, 0.3, 0.3, 30);
    }

    /**
     * @param weights how signals are mixed
     * @param maxDays articles further apart than this in publication date never share a story
     */
    public StoryClusterer(Weights weights, int maxDays) {
        this.weights = weights;
        this.maxDays = maxDays;
    }

    /** The default weights, within a year. */
    public StoryClusterer() {
        this(Weights.DEFAULT, 365);
    }

    /** Clusters the articles; each ends in exactly one story. Stories come largest first. */
    public List<Story> cluster(List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(
                        (AnalyzedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnalyzedArticle::id));
        Map<String, StoryFeatures> features = new HashMap<>();
        for (AnalyzedArticle a : ordered) {
            features.put(a.id(), StoryFeatures.of(a));
        }
        PairScorer scorer = new PairScorer(features.values(), weights);
        List<List<String>> stories = new ArrayList<>();
        for (AnalyzedArticle a : ordered) {
            StoryFeatures f = features.get(a.id());
            int best = -1;
            double bestScore = weights.threshold();
            for (int i = 0; i < stories.size(); i++) {
                double s = toStory(scorer, f, stories.get(i), features);
                if (s >= bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best < 0) {
                stories.add(new ArrayList<>(List.of(a.id())));
            } else {
                stories.get(best).add(a.id());
            }
        }
        mergeAlike(stories, scorer, features);
        List<Story> out = new ArrayList<>();
        for (List<String> ids : stories) {
            List<String> sorted = ids.stream().sorted().toList();
            out.add(new Story(Hashes.id(sorted.toArray(String[]::new)), ids));
        }
        out.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
        return out;
    }

    private double toStory(PairScorer scorer, StoryFeatures f, List<String> story, Map<String, StoryFeatures> all) {
        double sum = 0;
        for (String id : story) {
            StoryFeatures g = all.get(id);
            if (tooFar(f.date(), g.date())) {
                return 0;
            }
            sum += scorer.score(f, g, decay(f.date(), g.date()));
        }
        return sum / story.size();
    }

    private void mergeAlike(List<List<String>> stories, PairScorer scorer, Map<String, StoryFeatures> features) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < stories.size(); i++) {
                for (int j = i + 1; j < stories.size(); j++) {
                    double sum = 0;
                    for (String id : stories.get(i)) {
                        sum += toStory(scorer, features.get(id), stories.get(j), features);
                    }
                    if (sum / stories.get(i).size() >= weights.threshold()) {
                        stories.get(i).addAll(stories.remove(j));
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    private double decay(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 1;
        }
        return Math.pow(0.5, Math.abs(ChronoUnit.DAYS.between(a, b)) / weights.halfLife());
    }

    private boolean tooFar(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > maxDays;
    }

    /** Scores two articles, with rarity weights learnt from the whole batch. */
    static final class PairScorer {
        private final Map<String, Double> nameIdf = new HashMap<>();
        private final Map<String, Double> wordIdf = new HashMap<>();
        private final Map<StoryFeatures, Double> wordNorms = new java.util.IdentityHashMap<>();
        private final Weights weights;

        PairScorer(java.util.Collection<StoryFeatures> all, Weights weights) {
            this.weights = weights;
            Map<String, Integer> nameDf = new HashMap<>();
            Map<String, Integer> wordDf = new HashMap<>();
            for (StoryFeatures f : all) {
                f.names().forEach(n -> nameDf.merge(n, 1, Integer::sum));
                f.words().keySet().forEach(w -> wordDf.merge(w, 1, Integer::sum));
            }
            int n = all.size();
            nameDf.forEach((k, v) -> nameIdf.put(k, Math.log(1.0 + (double) n / v)));
            wordDf.forEach((k, v) -> wordIdf.put(k, Math.log(1.0 + (double) n / v)));
            for (StoryFeatures f : all) {
                double norm = 0;
                for (var e : f.words().entrySet()) {
                    double w = e.getValue() * wordIdf.get(e.getKey());
                    norm += w * w;
                }
                wordNorms.put(f, Math.sqrt(norm));
            }
        }

        /**
         * The pair's score. Time apart weakens only the general likeness of meaning: shared rare
         * particulars (names, places, days, uncommon words) still link a follow-up months later.
         */
        double score(StoryFeatures a, StoryFeatures b, double decay) {
            double particulars = weights.names() * names(a, b) + weights.words() * words(a, b);
            return weights.meaning() * TextEmbedder.cosine(a.vector(), b.vector()) * decay + particulars;
        }

        /** Rarity-weighted share of names (and days) the two have in common, relative to the smaller. */
        double names(StoryFeatures a, StoryFeatures b) {
            double shared = 0;
            double totalA = 0;
            double totalB = 0;
            for (String name : a.names()) {
                double w = nameIdf.getOrDefault(name, 0.0);
                totalA += w;
                if (b.names().contains(name)) {
                    shared += w;
                }
            }
            for (String name : b.names()) {
                totalB += nameIdf.getOrDefault(name, 0.0);
            }
            double smaller = Math.min(totalA, totalB);
            return smaller == 0 ? 0 : Math.min(1.0, shared / smaller);
        }

        /** TF-IDF cosine of the content words. */
        double words(StoryFeatures a, StoryFeatures b) {
            double na = wordNorms.getOrDefault(a, 0.0);
            double nb = wordNorms.getOrDefault(b, 0.0);
            if (na == 0 || nb == 0) {
                return 0;
            }
            Map<String, Integer> small = a.words().size() <= b.words().size() ? a.words() : b.words();
            Map<String, Integer> large = small == a.words() ? b.words() : a.words();
            double dot = 0;
            for (var e : small.entrySet()) {
                Integer other = large.get(e.getKey());
                if (other != null) {
                    double idf = wordIdf.get(e.getKey());
                    dot += e.getValue() * idf * other * idf;
                }
            }
            return dot / (na * nb);
        }
    }
}
