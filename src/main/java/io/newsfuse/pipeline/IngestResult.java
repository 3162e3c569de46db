package io.newsfuse.pipeline;

import io.newsfuse.ingest.Rejection;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param articleIds ids of every article read from the inputs, new or already stored
 * @param added      how many were new and got stored
 * @param rejected   inputs that could not be read or had no article text, with the reason
 * @param stories    the stories the run created, changed or merged
 */
public record IngestResult(List<String> articleIds, int added, List<Rejection> rejected, StoryChanges stories) {
    public IngestResult {
        articleIds = List.copyOf(articleIds);
        rejected = List.copyOf(rejected);
        stories = stories == null ? StoryChanges.NONE : stories;
    }
}
