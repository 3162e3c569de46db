package io.newsfuse.cluster;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A story base over articles held in memory and in no story yet: an inverted index of their name keys
 * and words finds similar articles, and their counts give the rarity. Clusters a batch (a test, one
 * block of a distributed job) with the same algorithm a store uses.
 */
final class MemoryStoryBase implements StoryBase {
    /** Words shared by more than this share of the articles are not used to find candidates. */
    private static final double COMMON = 0.2;

    private final Map<String, ArticleFeatures> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> byKey = new HashMap<>();
    private final Map<String, List<String>> byWord = new HashMap<>();

    MemoryStoryBase(List<ArticleFeatures> articles) {
        for (ArticleFeatures f : articles) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                continue;
            }
            f.keys()
                    .forEach(k ->
                            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f.id()));
            f.words()
                    .keySet()
                    .forEach(w ->
                            byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(f.id()));
        }
    }

    @Override
    public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
        Map<String, Double> scores = new HashMap<>();
        Rarity rarity = rarity();
        collect(article.keys(), byKey, rarity, scores, Integer.MAX_VALUE);
        collect(article.words().keySet(), byWord, rarity, scores, (int) Math.max(2, byId.size() * COMMON));
        scores.remove(article.id());
        return scores.entrySet().stream()
                .filter(e -> withinDays(article, byId.get(e.getKey()), maxDays))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void collect(
            Set<String> terms,
            Map<String, List<String>> postings,
            Rarity rarity,
            Map<String, Double> scores,
            int maxFrequency) {
        for (String term : terms) {
            List<String> ids = postings.getOrDefault(term, List.of());
            if (ids.size() < 2 || ids.size() > maxFrequency) {
                continue;
            }
            double idf = rarity.idf(ids.size());
            ids.forEach(id -> scores.merge(id, idf, Double::sum));
        }
    }

    private static boolean withinDays(ArticleFeatures a, ArticleFeatures b, int maxDays) {
        return a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= maxDays;
    }

    @Override
    public Map<String, String> storiesOf(List<String> articleIds) {
        return Map.of();
    }

    @Override
    public List<String> members(String storyId) {
        return List.of();
    }

    @Override
    public Map<String, ArticleFeatures> features(List<String> articleIds) {
        Map<String, ArticleFeatures> out = new HashMap<>();
        articleIds.forEach(id -> {
            ArticleFeatures f = byId.get(id);
            if (f != null) {
                out.put(id, f);
            }
        });
        return out;
    }

    @Override
    public Optional<String> created(String storyId) {
        return Optional.empty();
    }

    @Override
    public Rarity rarity() {
        return new Rarity() {
            @Override
            public int articles() {
                return byId.size();
            }

            @Override
            public int keyFrequency(String key) {
                return byKey.getOrDefault(key, List.of()).size();
            }

            @Override
            public int wordFrequency(String word) {
                return byWord.getOrDefault(word, List.of()).size();
            }
        };
    }
}
