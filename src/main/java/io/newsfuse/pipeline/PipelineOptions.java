package io.newsfuse.pipeline;

/**
 * How a run uses the machine.
 *
 * @param threads   worker threads for extraction and analysis
 * @param chunk     documents read, extracted, analysed and stored together: what a run holds in memory at
 *                  once, whatever the size of its inputs
 * @param batch     articles written to the store in one transaction
 */
public record PipelineOptions(int threads, int chunk, int batch) {
    public PipelineOptions {
        threads = Math.max(1, threads);
        chunk = Math.max(1, chunk);
        batch = Math.max(1, batch);
    }

    /** One thread per core, chunks of 256 documents, transactions of 16 articles. */
    public static PipelineOptions defaults() {
        return new PipelineOptions(Runtime.getRuntime().availableProcessors(), 256, 16);
    }

    /** These options with another thread count. */
    public PipelineOptions withThreads(int count) {
        return new PipelineOptions(count, chunk, batch);
    }

    /** These options with another chunk size. */
    public PipelineOptions withChunk(int size) {
        return new PipelineOptions(threads, size, batch);
    }
}
