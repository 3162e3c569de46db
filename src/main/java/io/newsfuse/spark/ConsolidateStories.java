package io.newsfuse.spark;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.Story;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.consolidate.timeline.Era;
import io.newsfuse.support.Json;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The executor side of the story step's consolidation: each story of a partition is consolidated from its
 * members alone, on this executor's embedder, by the same {@link StoryConsolidator} the local pipeline
 * uses. A story that fails (any exception or error) comes back as its failure, never failing the task.
 */
final class ConsolidateStories implements FlatMapFunction<Iterator<ConsolidateStories.Task>, ConsolidateStories.Done> {
    private static final long serialVersionUID = 1L;

    /**
     * One story to consolidate.
     *
     * @param index      its place in the driver's group
     * @param storyId    its id
     * @param articleIds its member ids, in order
     * @param members    {@code Json.write(AnalyzedArticle)} of each member still stored
     */
    record Task(int index, String storyId, List<String> articleIds, List<String> members) implements Serializable {}

    /**
     * What came of one story: its report, or the kind and message of its failure.
     *
     * @param index        its place in the driver's group
     * @param reportJson   {@code Json.write(StoryReport)}, or null when it failed
     * @param failureClass the failure's class name, or null
     * @param failure      the failure's message, or null
     */
    record Done(int index, String reportJson, String failureClass, String failure) implements Serializable {}

    private final ModelConfig models;
    /** {@code Json.write(Era)}, or null. */
    private final String era;

    ConsolidateStories(ModelConfig models, String era) {
        this.models = models;
        this.era = era;
    }

    @Override
    public Iterator<Done> call(Iterator<Task> tasks) {
        StoryConsolidator consolidator = new StoryConsolidator(
                ExecutorModels.of(models).embedder(), era == null ? null : Json.read(era, Era.class));
        List<Done> out = new ArrayList<>();
        while (tasks.hasNext()) {
            Task t = tasks.next();
            try {
                List<AnalyzedArticle> members = t.members().stream()
                        .map(json -> Json.read(json, AnalyzedArticle.class))
                        .toList();
                String report = Json.write(consolidator.consolidate(new Story(t.storyId(), t.articleIds()), members));
                out.add(new Done(t.index(), report, null, null));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                out.add(new Done(t.index(), null, e.getClass().getName(), String.valueOf(e.getMessage())));
            }
        }
        return out.iterator();
    }
}
