package io.newsfuse.pipeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.Story;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.timeline.Era;
import java.util.List;

/**
 * Where the story step consolidates the stories that changed: on this machine's threads (the default),
 * or on a cluster's executors (the Spark job). Each story is consolidated alone, from its members only,
 * by the same {@link io.newsfuse.consolidate.StoryConsolidator}, so where it runs changes nothing of its
 * report; placing articles in stories stays on the caller's side, in date order.
 */
public interface StoryConsolidation {
    /**
     * One story to consolidate.
     *
     * @param story   its id and member ids, in order
     * @param members the analysed members (those still stored)
     */
    record Work(Story story, List<AnalyzedArticle> members) {
        public Work {
            members = List.copyOf(members);
        }
    }

    /**
     * A story's report, or why it could not be made (the story step then keeps the story's previous
     * report, or stores one that only lists its articles).
     *
     * @param report  the report, or null when it failed
     * @param failure what went wrong, or null
     */
    record Outcome(StoryReport report, Throwable failure) {
        public static Outcome of(StoryReport report) {
            return new Outcome(report, null);
        }

        public static Outcome failed(Throwable failure) {
            return new Outcome(null, failure);
        }
    }

    /**
     * The outcomes of these stories, one per work and in its order.
     *
     * @param era      the time of the articles placed in this run, or null (see {@link Era})
     * @param advanced called once per story consolidated, for progress
     */
    List<Outcome> consolidate(List<Work> group, Era era, Runnable advanced);
}
