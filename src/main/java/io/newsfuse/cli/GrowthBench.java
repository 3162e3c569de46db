package io.newsfuse.cli;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark of growth: what adding a few articles costs when the store is already large. The corpus
 * is ingested (analysed) into a scratch store, which is then grown to the wanted size by copying its
 * articles and stories under new ids, sources and later dates without analysing anything; then
 * {@value #ADDED} of the corpus's documents, under new sources, are ingested end to end (models already
 * loaded) and timed.
 */
final class GrowthBench {
    /** How many new articles are added to the grown store. */
    static final int ADDED = 10;

    private final Pipeline pipeline;
    private final Store store;
    private final PrintWriter out;

    GrowthBench(Pipeline pipeline, Store store, PrintWriter out) {
        this.pipeline = pipeline;
        this.store = store;
        this.out = out;
    }

    /** What one measurement found. */
    record Result(int storeSize, int added, double seconds, double cpuSeconds, int storiesConsolidated) {
        String line() {
            return String.format(
                    "incremental: store of %d articles, added %d in %.2f s (%.2f CPU s), %d stories consolidated again",
                    storeSize, added, seconds, cpuSeconds, storiesConsolidated);
        }
    }

    /**
     * Days between one copy of the corpus and the next: more than the story window, so copies of one
     * story (the same words) never meet; what grows is the index they are all in.
     */
    static final int COPY_SHIFT_DAYS = 400;

    Result run(List<Path> corpus, int storeSize) {
        int shiftDays = COPY_SHIFT_DAYS;
        DocumentReader reader = new DocumentReader();
        List<RawDocument> docs = new ArrayList<>();
        DocumentSource.ofPaths(corpus, reader).read(docs::add, r -> {});
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("the corpus " + corpus + " holds no article to grow a store from");
        }
        if (store.articleCount() < storeSize) {
            pipeline.ingest(DocumentSource.ofDocuments(docs), PipelineListener.quiet());
            long grow0 = System.nanoTime();
            int[] tenth = {0};
            new StoreReplicator(shiftDays).replicate(store, store, storeSize, (done, of) -> {
                if (done * 10L / Math.max(1, of) > tenth[0]) {
                    tenth[0] = (int) (done * 10L / Math.max(1, of));
                    out.printf("growing the store: %d/%d articles%n", done, of);
                    out.flush();
                }
            });
            out.printf(
                    "grew the store to %d articles in %.1f s%n",
                    store.articleCount(), (System.nanoTime() - grow0) / 1e9);
        } else {
            out.printf("the store already holds %d articles: not grown%n", store.articleCount());
            // what seeding the store does otherwise: load the models and warm the JIT on the corpus
            pipeline.extract(
                    DocumentSource.ofDocuments(docs), a -> pipeline.analyzer().analyze(a), PipelineListener.quiet());
        }
        // sources new to the store on every run, so a kept store can be timed again
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<RawDocument> fresh = new ArrayList<>();
        for (int i = 0; fresh.size() < ADDED && i < docs.size() * ADDED; i++) {
            RawDocument d = docs.get(i % docs.size());
            fresh.add(new RawDocument(d.source() + "#added-" + run + "-" + i, d.format(), d.body(), d.hints()));
        }
        int size = store.articleCount();
        long cpu0 = BenchCommand.cpuNanos();
        long t0 = System.nanoTime();
        PipelineListener timing = new PipelineListener() {
            @Override
            public void finished(io.newsfuse.pipeline.Stage stage, long items, long nanos) {
                out.printf("  %s: %d in %.3f s%n", stage.label(), items, nanos / 1e9);
            }
        };
        IngestResult added = pipeline.ingest(DocumentSource.ofDocuments(fresh), timing);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchCommand.cpuNanos() - cpu0) / 1e9;
        return new Result(
                size, added.added(), seconds, cpu, added.stories().touched().size());
    }
}
