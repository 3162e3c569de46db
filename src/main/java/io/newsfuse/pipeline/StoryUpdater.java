package io.newsfuse.pipeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.Story;
import io.newsfuse.cluster.StoryClusterer;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps the stored stories in step with the stored articles. */
final class StoryUpdater {
    private final Store store;
    private final Models models;

    StoryUpdater(Store store, Models models) {
        this.store = store;
        this.models = models;
    }

    StoryChanges update(PipelineListener listener) {
        return rebuild(listener);
    }

    StoryChanges rebuild(PipelineListener listener) {
        Set<String> before = store.stories().stream().map(StoredStory::id).collect(Collectors.toSet());
        long start = System.nanoTime();
        List<AnalyzedArticle> all = store.articles();
        listener.started(Stage.STORIES, all.size());
        List<Story> stories = new StoryClusterer().cluster(all);
        listener.finished(Stage.STORIES, all.size(), System.nanoTime() - start);
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        StoryConsolidator consolidator = new StoryConsolidator(models.embedder());
        start = System.nanoTime();
        listener.started(Stage.CONSOLIDATE, stories.size());
        List<StoredStory> out = stories.parallelStream()
                .map(story -> {
                    List<AnalyzedArticle> members =
                            story.articleIds().stream().map(byId::get).toList();
                    StoryReport report = consolidator.consolidate(story, members);
                    listener.advanced(Stage.CONSOLIDATE);
                    return new StoredStory(story.id(), report.title(), story.articleIds(), Json.write(report));
                })
                .toList();
        store.replaceStories(out);
        listener.finished(Stage.CONSOLIDATE, out.size(), System.nanoTime() - start);
        List<String> created = new ArrayList<>();
        out.forEach(s -> {
            if (!before.contains(s.id())) {
                created.add(s.id());
            }
        });
        return new StoryChanges(created, List.of(), Map.of(), out.size());
    }
}
