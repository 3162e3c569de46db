package io.newsfuse.spark;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.timeline.Era;
import io.newsfuse.pipeline.StoryConsolidation;
import io.newsfuse.support.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The story step's consolidation spread over the executors: the driver places the articles (in date
 * order, through the store's index) and hands each group of changed stories, with their members'
 * analyses, to {@link ConsolidateStories}; the reports come back and the driver stores them. Every story
 * is consolidated alone by the same code as on one machine, so the reports are the local pipeline's.
 */
final class SparkConsolidation implements StoryConsolidation {
    private final JavaSparkContext context;
    private final ModelConfig models;

    SparkConsolidation(JavaSparkContext context, ModelConfig models) {
        this.context = context;
        this.models = models;
    }

    @Override
    public List<Outcome> consolidate(List<Work> group, Era era, Runnable advanced) {
        if (group.isEmpty()) {
            return List.of();
        }
        List<ConsolidateStories.Task> tasks = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Work w = group.get(i);
            tasks.add(new ConsolidateStories.Task(
                    i,
                    w.story().id(),
                    List.copyOf(w.story().articleIds()),
                    w.members().stream().map(Json::write).toList()));
        }
        int slices = Math.max(1, Math.min(group.size(), context.defaultParallelism()));
        List<ConsolidateStories.Done> done = context.parallelize(tasks, slices)
                .mapPartitions(new ConsolidateStories(models, era == null ? null : Json.write(era)))
                .collect();
        Outcome[] outcomes = new Outcome[group.size()];
        for (ConsolidateStories.Done d : done) {
            outcomes[d.index()] = d.reportJson() != null
                    ? Outcome.of(Json.read(d.reportJson(), StoryReport.class))
                    : Outcome.failed(failure(d));
            advanced.run();
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = Outcome.failed(new IllegalStateException("no report came back from the executors"));
            }
        }
        return Arrays.asList(outcomes);
    }

    /** The executor's failure as the driver reports it: too deep and too large keep their own wording. */
    private static Throwable failure(ConsolidateStories.Done d) {
        if (StackOverflowError.class.getName().equals(d.failureClass())) {
            return new StackOverflowError(d.failure());
        }
        if (OutOfMemoryError.class.getName().equals(d.failureClass())) {
            return new OutOfMemoryError(d.failure());
        }
        return new IllegalStateException(d.failure());
    }
}
