package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.support.Hashes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story clustering: articles arrive in date order; each joins the story it is most similar to,
 * or opens a new one; afterwards stories that have grown alike merge. Similarity of an article to a
 * story mixes meaning (embedding cosine to the story's articles), shared names weighted by rarity
 * (a name most articles share says little), and closeness in time. The same input in the same order
 * always gives the same stories.
 */
public final class StoryClusterer {
    private final double threshold;
    private final int maxDays;

    /**
     * @param threshold score above which an article joins a story (0..1)
     * @param maxDays   articles further apart than this in publication date never share a story
     */
    public StoryClusterer(double threshold, int maxDays) {
        this.threshold = threshold;
        this.maxDays = maxDays;
    }

    /** Defaults: 0.5, within 14 days (tuned on the bundled examples and the seed articles). */
    public StoryClusterer() {
        this(0.5, 14);
    }

    /** Clusters the articles; each ends in exactly one story. Stories come largest first. */
    public List<Story> cluster(List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AnalyzedArticle::id));
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, StoryFeatures> features = new HashMap<>();
        for (AnalyzedArticle a : ordered) {
            StoryFeatures f = StoryFeatures.of(a);
            features.put(a.id(), f);
            f.names().forEach(n -> documentFrequency.merge(n, 1, Integer::sum));
        }
        Scorer scorer = new Scorer(documentFrequency, ordered.size());
        List<List<String>> stories = new ArrayList<>();
        for (AnalyzedArticle a : ordered) {
            StoryFeatures f = features.get(a.id());
            int best = -1;
            double bestScore = threshold;
            for (int i = 0; i < stories.size(); i++) {
                double s = scorer.toStory(f, stories.get(i), features, maxDays);
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

    private void mergeAlike(List<List<String>> stories, Scorer scorer, Map<String, StoryFeatures> features) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < stories.size(); i++) {
                for (int j = i + 1; j < stories.size(); j++) {
                    if (scorer.between(stories.get(i), stories.get(j), features, maxDays) >= threshold) {
                        stories.get(i).addAll(stories.remove(j));
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    /** Scores an article against a story, and two stories against each other. */
    private record Scorer(Map<String, Integer> df, int n) {

        double toStory(StoryFeatures f, List<String> story, Map<String, StoryFeatures> all, int maxDays) {
            double meaning = 0;
            Set<String> names = new HashSet<>();
            for (String id : story) {
                StoryFeatures g = all.get(id);
                if (tooFar(f.date(), g.date(), maxDays)) {
                    return 0;
                }
                meaning += TextEmbedder.cosine(f.vector(), g.vector());
                names.addAll(g.names());
            }
            meaning /= story.size();
            return combine(meaning, overlap(f.names(), names));
        }

        double between(List<String> a, List<String> b, Map<String, StoryFeatures> all, int maxDays) {
            double sum = 0;
            for (String id : a) {
                sum += toStory(all.get(id), b, all, maxDays);
            }
            return sum / a.size();
        }

        /** Rarity-weighted share of the article's names that the story also has. */
        double overlap(Set<String> article, Set<String> story) {
            double shared = 0;
            double total = 0;
            for (String name : article) {
                double w = Math.log(1.0 + (double) n / df.getOrDefault(name, 1));
                total += w;
                if (story.contains(name)) {
                    shared += w;
                }
            }
            return total == 0 ? 0 : shared / total;
        }

        static double combine(double meaning, double names) {
            return 0.65 * meaning + 0.35 * names;
        }

        static boolean tooFar(LocalDate a, LocalDate b, int maxDays) {
            return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > maxDays;
        }
    }
}
