package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.support.Hashes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Incremental story clustering. Articles arrive in date order; each is compared only with the stories
 * that an index finds for it (stories holding articles that share its rare names, days or words), joins
 * the one it is most similar to or opens a new one; afterwards the stories that changed merge with a
 * neighbouring story when the two have grown alike. A batch is the same algorithm fed every article in
 * date order, so a store grown article by article and one built at once hold the same stories.
 *
 * <p>Similarity of an article to a story is the mean of its similarity to the story's articles (at most
 * {@value #MEMBERS_COMPARED} of them, those closest in date), which mixes meaning (embedding cosine,
 * weakened as publication dates drift apart), shared names and dated days weighted by rarity, and the
 * TF-IDF cosine of content words ({@link PairScorer}); articles further apart in time than a window
 * never join. A story keeps its id as it grows: a new story is named after its first article, and when
 * two merge the older keeps its id. The same input always gives the same stories.
 */
public final class StoryClusterer {
    /** How many similar articles the index is asked for, per arriving article. */
    public static final int CANDIDATE_ARTICLES = 64;
    /** How many of a story's articles an arriving article is compared with. */
    public static final int MEMBERS_COMPARED = 40;
    /** Weight of likeness in meaning when either article is undated: nothing confirms they are of the same days. */
    private static final double UNDATED = 0.5;

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
        /**
         * Chosen by a grid over the gun-violence sample and the ECB+ test topics together (local crime
         * reports with same-city look-alikes; pairs of look-alike events per topic), checked on the seeds,
         * dev2 and the bundled examples.
         */
        public static final Weights DEFAULT = new Weights(0.25, 0.4, 0.35, 0.25, 30);
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

    /** The id a story opened by this article gets, and keeps as it grows. */
    public static String storyId(String firstArticleId) {
        return Hashes.id("story", firstArticleId);
    }

    /**
     * Assigns arriving articles (stored and indexed in {@code base}, in no story yet) to the base's stories
     * or to new ones, then merges the changed stories with neighbours that grew alike.
     */
    public Assignment assign(List<ArticleFeatures> arriving, StoryBase base) {
        return new Run(base).assign(arriving);
    }

    /** Clusters the articles held in memory; each ends in exactly one story. Stories come largest first. */
    public List<Story> cluster(List<AnalyzedArticle> articles) {
        List<ArticleFeatures> features =
                articles.stream().map(ArticleFeatures::of).toList();
        Assignment a = assign(features, new MemoryStoryBase(features));
        List<Story> out = new ArrayList<>();
        a.members().forEach((id, members) -> out.add(new Story(id, members)));
        out.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
        return out;
    }

    /**
     * Articles in date order; those of one day (or undated) by what they say, not by their ids, which
     * hash the file's path too: the same articles give the same stories wherever the folder lies.
     */
    private static final Comparator<ArticleFeatures> DATE_ORDER = Comparator.comparing(
                    ArticleFeatures::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(
                    (ArticleFeatures f) -> 31 * f.words().hashCode() + f.keys().hashCode())
            .thenComparing(ArticleFeatures::id);

    /** One assignment's working state over the base: what it decided so far, nothing written. */
    private final class Run {
        private final StoryBase base;
        private final PairScorer scorer;
        private final Map<String, ArticleFeatures> features = new HashMap<>();
        private final Map<String, String> storyOf = new HashMap<>();
        private final Map<String, List<String>> members = new HashMap<>();
        private final Map<String, String> mergedInto = new LinkedHashMap<>();
        private final Map<String, Set<String>> neighbours = new HashMap<>();
        private final Set<String> touched = new LinkedHashSet<>();
        private final Map<String, Integer> openedOrder = new LinkedHashMap<>();

        Run(StoryBase base) {
            this.base = base;
            this.scorer = new PairScorer(weights, base.rarity());
        }

        Assignment assign(List<ArticleFeatures> arriving) {
            List<ArticleFeatures> ordered = new ArrayList<>(arriving);
            ordered.sort(DATE_ORDER);
            ordered.forEach(f -> features.put(f.id(), f));
            for (ArticleFeatures f : ordered) {
                place(f);
            }
            mergeNeighbours();
            return result();
        }

        private void place(ArticleFeatures f) {
            Set<String> candidates = candidateStories(f);
            String best = null;
            double bestScore = weights.threshold();
            for (String story : candidates) {
                double s = toStory(f, story);
                if (s >= bestScore) {
                    bestScore = s;
                    best = story;
                }
            }
            if (best == null) {
                best = storyId(f.id());
                openedOrder.put(best, openedOrder.size());
                members.put(best, new ArrayList<>());
            }
            membersOf(best).add(f.id());
            storyOf.put(f.id(), best);
            touched.add(best);
            Set<String> around = neighbours.computeIfAbsent(best, k -> new LinkedHashSet<>());
            for (String c : candidates) {
                if (!c.equals(best)) {
                    around.add(c);
                }
            }
        }

        /** The stories of the articles the index finds similar, as they stand in this run. */
        private Set<String> candidateStories(ArticleFeatures f) {
            List<String> similar = base.similarArticles(f, maxDays, CANDIDATE_ARTICLES);
            List<String> unknown = new ArrayList<>();
            for (String id : similar) {
                if (!storyOf.containsKey(id)) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                storyOf.putAll(base.storiesOf(unknown));
            }
            Set<String> out = new LinkedHashSet<>();
            for (String id : similar) {
                String story = storyOf.get(id);
                if (story != null) {
                    out.add(resolve(story));
                }
            }
            return out;
        }

        private String resolve(String story) {
            String s = story;
            while (mergedInto.containsKey(s)) {
                s = mergedInto.get(s);
            }
            return s;
        }

        private List<String> membersOf(String story) {
            return members.computeIfAbsent(story, s -> new ArrayList<>(base.members(s)));
        }

        private ArticleFeatures featuresOf(String id) {
            return features.get(id);
        }

        private void load(List<String> ids) {
            List<String> missing =
                    ids.stream().filter(id -> !features.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                features.putAll(base.features(missing));
            }
        }

        /** The members an article is compared with: all, or the ones closest to it in date. */
        private List<ArticleFeatures> sample(String story, LocalDate near) {
            List<String> ids = membersOf(story);
            load(ids);
            List<ArticleFeatures> all = new ArrayList<>(ids.size());
            for (String id : ids) {
                ArticleFeatures g = featuresOf(id);
                if (g != null) {
                    all.add(g);
                }
            }
            if (all.size() <= MEMBERS_COMPARED) {
                return all;
            }
            all.sort(Comparator.comparingLong((ArticleFeatures g) -> distance(g.date(), near))
                    .thenComparing(ArticleFeatures::id));
            return all.subList(0, MEMBERS_COMPARED);
        }

        private double toStory(ArticleFeatures f, String story) {
            List<ArticleFeatures> compared = sample(story, f.date());
            if (compared.isEmpty()) {
                return 0;
            }
            double sum = 0;
            for (ArticleFeatures g : compared) {
                if (tooFar(f.date(), g.date())) {
                    return 0;
                }
                sum += scorer.score(f, g, decay(f.date(), g.date()));
            }
            return sum / compared.size();
        }

        /** Mean similarity of the smaller story's articles to the larger story. */
        private double storyToStory(String a, String b) {
            String small = membersOf(a).size() <= membersOf(b).size() ? a : b;
            String large = small.equals(a) ? b : a;
            List<ArticleFeatures> from = sample(small, null);
            if (from.isEmpty()) {
                return 0;
            }
            double sum = 0;
            for (ArticleFeatures m : from) {
                sum += toStory(m, large);
            }
            return sum / from.size();
        }

        private void mergeNeighbours() {
            Deque<String> queue = new ArrayDeque<>(touched);
            while (!queue.isEmpty()) {
                String s = queue.poll();
                if (mergedInto.containsKey(s)) {
                    continue;
                }
                for (String raw : List.copyOf(neighbours.getOrDefault(s, Set.of()))) {
                    String t = resolve(raw);
                    if (t.equals(s) || mergedInto.containsKey(t)) {
                        continue;
                    }
                    if (storyToStory(s, t) >= weights.threshold()) {
                        String survivor = older(s, t);
                        String gone = survivor.equals(s) ? t : s;
                        merge(gone, survivor);
                        queue.addFirst(survivor);
                        break;
                    }
                }
            }
        }

        private void merge(String gone, String survivor) {
            List<String> into = membersOf(survivor);
            for (String id : membersOf(gone)) {
                into.add(id);
                storyOf.put(id, survivor);
            }
            members.remove(gone);
            mergedInto.put(gone, survivor);
            Set<String> around = neighbours.computeIfAbsent(survivor, k -> new LinkedHashSet<>());
            around.addAll(neighbours.getOrDefault(gone, Set.of()));
            around.remove(survivor);
            around.remove(gone);
            touched.add(survivor);
        }

        /** The story formed first: a stored story before one opened now; among stored ones, by creation. */
        private String older(String a, String b) {
            boolean newA = openedOrder.containsKey(a);
            boolean newB = openedOrder.containsKey(b);
            if (newA != newB) {
                return newA ? b : a;
            }
            if (newA) {
                return openedOrder.get(a) <= openedOrder.get(b) ? a : b;
            }
            String ca = base.created(a).orElse("");
            String cb = base.created(b).orElse("");
            int c = ca.compareTo(cb);
            return c < 0 || (c == 0 && a.compareTo(b) <= 0) ? a : b;
        }

        private Assignment result() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String story : touched) {
                String s = resolve(story);
                if (out.containsKey(s)) {
                    continue;
                }
                List<String> ids = new ArrayList<>(new LinkedHashSet<>(membersOf(s)));
                load(ids);
                ids.sort(Comparator.comparing(
                                (String id) -> featuresOf(id) == null
                                        ? null
                                        : featuresOf(id).date(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(id -> id));
                out.put(s, ids);
            }
            Set<String> opened = new LinkedHashSet<>();
            for (String s : openedOrder.keySet()) {
                if (!mergedInto.containsKey(s)) {
                    opened.add(s);
                }
            }
            Map<String, String> merged = new LinkedHashMap<>();
            mergedInto.keySet().forEach(gone -> {
                if (!openedOrder.containsKey(gone)) {
                    merged.put(gone, resolve(gone));
                }
            });
            return new Assignment(out, opened, merged);
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Long.MAX_VALUE / 2;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private double decay(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return UNDATED;
        }
        return Math.pow(0.5, Math.abs(ChronoUnit.DAYS.between(a, b)) / weights.halfLife());
    }

    private boolean tooFar(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > maxDays;
    }
}
