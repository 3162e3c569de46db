package io.newsfuse.pipeline;

import io.newsfuse.ingest.Rejection;

/**
 * Hears what a run does, as it does it: a progress bar, a server job's status and {@code bench}'s
 * timings are all listeners. Called from the thread driving the run and from worker threads: an
 * implementation must be thread-safe. Every method does nothing by default.
 */
public interface PipelineListener {

    /** How many documents the whole run is expected to read (called once, before reading), when known. */
    default void expecting(long documents) {}

    /**
     * A stage starts on a piece of work.
     *
     * @param total how many items this piece holds, or -1 when unknown
     */
    default void started(Stage stage, long total) {}

    /** One more item of the stage is done. */
    default void advanced(Stage stage) {}

    /**
     * A stage finished a piece of work.
     *
     * @param items how many items it handled
     * @param nanos wall time it took
     */
    default void finished(Stage stage, long items, long nanos) {}

    /** An input, document or article was rejected. */
    default void rejected(Rejection rejection) {}

    /**
     * Something was kept in a lesser form, and the user should know: an article's text cut before the
     * analysis, a story whose consolidation failed keeping its previous report.
     *
     * @param subject what it is about (a file, an article's source, a story)
     * @param message one line saying what happened
     */
    default void warned(String subject, String message) {}

    /** A listener that hears nothing. */
    static PipelineListener quiet() {
        return new PipelineListener() {};
    }
}
