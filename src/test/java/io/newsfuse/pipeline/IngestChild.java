package io.newsfuse.pipeline;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An ingest run in a process of its own, for tests that kill it: reads the folder into the store the way
 * {@code newsfuse ingest} does, in transactions of two articles, and prints one line per step of work
 * (read, extracted, analysed, stored, story placed) so the test can kill it at a chosen point.
 *
 * <p>Arguments: store location, input folder. Exits 0 when the run completed.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Stores.open(args[0])) {
            Pipeline pipeline = new Pipeline(new Models(), store, new PipelineOptions(1, 6, 2));
            PipelineListener steps = new PipelineListener() {
                @Override
                public void advanced(Stage stage) {
                    out.println("step " + stage);
                }
            };
            IngestResult result = pipeline.ingest(DocumentSource.of(List.of(args[1]), new DocumentReader()), steps);
            out.println("done " + result.added());
        }
    }
}
