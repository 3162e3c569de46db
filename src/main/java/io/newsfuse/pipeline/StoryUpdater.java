package io.newsfuse.pipeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Assignment;
import io.newsfuse.cluster.Rarity;
import io.newsfuse.cluster.Story;
import io.newsfuse.cluster.StoryBase;
import io.newsfuse.cluster.StoryClusterer;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.timeline.Era;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the stored stories in step with the stored articles: every stored article in no story yet (this
 * run's, or one left by a run killed before its stories were written) is placed by the
 * {@link StoryClusterer} against candidate stories the store's index finds, and only the stories that
 * changed are consolidated again, a group at a time so memory stays bounded. Each group is written
 * in one transaction with the merges whose survivors it holds: a kill between groups leaves every
 * article either in a consolidated story or waiting for the next run, never lost or in two stories.
 *
 * <p>A story whose consolidation fails (an exception, a stack overflow, running out of memory) costs
 * only its report: it keeps its members and its previous report (a new story gets a report listing
 * just its articles), the listener is warned, and the other stories go on.
 */
final class StoryUpdater {
    /** Stories consolidated and written together. */
    private static final int GROUP = 64;

    private final Store store;
    private final StoryClusterer clusterer = new StoryClusterer();
    private final StoryConsolidation consolidation;

    StoryUpdater(Store store, Models models, int threads) {
        this(store, new LocalConsolidation(threads, models::embedder));
    }

    /** An updater consolidating the changed stories with {@code consolidation}. */
    StoryUpdater(Store store, StoryConsolidation consolidation) {
        this.store = store;
        this.consolidation = consolidation;
    }

    /**
     * Places every unassigned article and consolidates the stories that changed, holding the store's story
     * lock: another process sharing the store waits, then finds these articles placed.
     */
    StoryChanges update(PipelineListener listener) {
        try (Store.StoryLock held = store.lockStories()) {
            return placeAndConsolidate(listener);
        }
    }

    private StoryChanges placeAndConsolidate(PipelineListener listener) {
        List<String> pending = store.unassignedArticleIds();
        if (pending.isEmpty()) {
            return StoryChanges.NONE;
        }
        long start = System.nanoTime();
        listener.started(Stage.STORIES, pending.size());
        Map<String, ArticleFeatures> features = store.features(pending);
        List<ArticleFeatures> arriving = new ArrayList<>();
        for (String id : pending) {
            ArticleFeatures f = features.get(id);
            if (f != null) {
                arriving.add(f);
            }
        }
        Assignment assignment = clusterer.assign(arriving, new StoreBase(store));
        listener.finished(Stage.STORIES, arriving.size(), System.nanoTime() - start);
        consolidate(assignment, listener, era(arriving));
        return new StoryChanges(
                List.copyOf(assignment.opened()), List.copyOf(assignment.changed()), assignment.merged());
    }

    /** Forgets every story and forms them again from all stored articles, in date order. */
    StoryChanges rebuild(PipelineListener listener) {
        try (Store.StoryLock held = store.lockStories()) {
            store.clearStories();
            return placeAndConsolidate(listener);
        }
    }

    /** The time the arriving articles were written in, or null when none is dated. */
    private static Era era(List<ArticleFeatures> arriving) {
        return Era.of(arriving.stream().map(ArticleFeatures::date).toList());
    }

    private void consolidate(Assignment assignment, PipelineListener listener, Era era) {
        long start = System.nanoTime();
        List<Map.Entry<String, List<String>>> stories =
                new ArrayList<>(assignment.members().entrySet());
        listener.started(Stage.CONSOLIDATE, stories.size());
        for (int from = 0; from < stories.size(); from += GROUP) {
            List<Map.Entry<String, List<String>>> group = stories.subList(from, Math.min(stories.size(), from + GROUP));
            List<StoredStory> written = consolidateGroup(group, era, listener);
            Map<String, String> merges = new LinkedHashMap<>();
            group.forEach(e -> assignment.merged().forEach((gone, survivor) -> {
                if (survivor.equals(e.getKey())) {
                    merges.put(gone, survivor);
                }
            }));
            store.saveStories(written, merges);
        }
        listener.finished(Stage.CONSOLIDATE, stories.size(), System.nanoTime() - start);
    }

    private List<StoredStory> consolidateGroup(
            List<Map.Entry<String, List<String>>> group, Era era, PipelineListener listener) {
        List<String> ids = new ArrayList<>();
        group.forEach(e -> ids.addAll(e.getValue()));
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        store.articles(ids).forEach(a -> byId.put(a.id(), a));
        List<StoryConsolidation.Work> work = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : group) {
            List<AnalyzedArticle> members =
                    e.getValue().stream().map(byId::get).filter(a -> a != null).toList();
            work.add(new StoryConsolidation.Work(new Story(e.getKey(), e.getValue()), members));
        }
        List<StoryConsolidation.Outcome> outcomes =
                consolidation.consolidate(work, era, () -> listener.advanced(Stage.CONSOLIDATE));
        if (outcomes.size() != group.size()) {
            throw new IllegalStateException(
                    "consolidation gave " + outcomes.size() + " reports for " + group.size() + " stories");
        }
        List<StoredStory> out = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Map.Entry<String, List<String>> story = group.get(i);
            StoryConsolidation.Outcome outcome = outcomes.get(i);
            if (outcome.report() != null) {
                StoryReport report = outcome.report();
                out.add(new StoredStory(story.getKey(), report.title(), story.getValue(), Json.write(report)));
            } else {
                out.add(fallback(story.getKey(), story.getValue(), byId, outcome.failure(), listener));
            }
        }
        return out;
    }

    /**
     * What is stored for a story whose consolidation failed: its new members with its previous report,
     * or for a new story a report that only lists its articles.
     */
    private StoredStory fallback(
            String id,
            List<String> members,
            Map<String, AnalyzedArticle> byId,
            Throwable cause,
            PipelineListener listener) {
        Optional<StoredStory> previous = store.story(id).filter(s -> s.id().equals(id));
        String why = cause instanceof StackOverflowError
                ? "the story is nested too deeply to consolidate"
                : cause instanceof OutOfMemoryError
                        ? "the story is too large to consolidate in memory"
                        : io.newsfuse.ingest.Boundary.reason("consolidation", cause);
        StoredStory kept;
        if (previous.isPresent()) {
            kept = new StoredStory(
                    id, previous.get().title(), members, previous.get().reportJson());
        } else {
            StoryReport bare = bare(id, members, byId);
            kept = new StoredStory(id, bare.title(), members, Json.write(bare));
        }
        listener.warned(
                "story " + id + " (\"" + kept.title() + "\")",
                why + "; "
                        + (previous.isPresent()
                                ? "its previous report is kept"
                                : "its report only lists its articles"));
        return kept;
    }

    /** A report naming the story's articles and dates, with nothing consolidated. */
    private static StoryReport bare(String id, List<String> members, Map<String, AnalyzedArticle> byId) {
        List<StoryReport.ArticleInfo> infos = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        String title = null;
        for (String member : members) {
            AnalyzedArticle a = byId.get(member);
            if (a == null) {
                continue;
            }
            var article = a.article();
            if (title == null && article.title() != null && !article.title().isBlank()) {
                title = article.title();
            }
            if (article.published() != null) {
                dates.add(article.published());
            }
            infos.add(new StoryReport.ArticleInfo(
                    a.id(),
                    article.source(),
                    article.title(),
                    article.site(),
                    article.language(),
                    article.published(),
                    article.dateOrigin().name().toLowerCase(java.util.Locale.ROOT),
                    null));
        }
        dates.sort(null);
        return new StoryReport(
                id,
                title != null ? title : "Story " + id,
                dates.isEmpty() ? null : dates.get(0),
                dates.isEmpty() ? null : dates.get(dates.size() - 1),
                infos,
                infos.size(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The store as the clusterer sees it. */
    private record StoreBase(Store store) implements StoryBase {
        @Override
        public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
            return store.similarArticles(article, maxDays, limit);
        }

        @Override
        public Map<String, String> storiesOf(List<String> articleIds) {
            return store.storyIdsOf(articleIds);
        }

        @Override
        public List<String> members(String storyId) {
            return store.storyMembers(storyId);
        }

        @Override
        public Map<String, ArticleFeatures> features(List<String> articleIds) {
            return store.features(articleIds);
        }

        @Override
        public Optional<String> created(String storyId) {
            return store.story(storyId).map(StoredStory::created);
        }

        @Override
        public Rarity rarity() {
            return store.rarity();
        }
    }
}
