package io.newsfuse.serve;

import io.newsfuse.ingest.Rejection;
import java.util.List;

/**
 * Where an ingest job stands.
 *
 * @param id     job id
 * @param state  {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param stage  what it is doing now, in words
 * @param done   items of the current stage finished
 * @param total  items of the current stage, 0 when not counted
 * @param files  the uploaded file names
 * @param result what it did, once done
 * @param error  why it failed, once failed
 */
public record JobStatus(
        String id, String state, String stage, int done, int total, List<String> files, Result result, String error) {
    public JobStatus {
        files = List.copyOf(files);
    }

    /** True when the job will not change any more. */
    public boolean finished() {
        return "done".equals(state) || "failed".equals(state);
    }

    /**
     * What a finished job did.
     *
     * @param articles ids of every article read from the files, new or already stored
     * @param added    how many were new
     * @param rejected files or records that could not be read, with the reason
     * @param stories  the stories now holding the articles
     */
    public record Result(List<String> articles, int added, List<Rejection> rejected, List<StoryRef> stories) {
        public Result {
            articles = List.copyOf(articles);
            rejected = List.copyOf(rejected);
            stories = List.copyOf(stories);
        }
    }
}
