package io.newsfuse.spark;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The executor side: reads each input file of a partition, extracts and analyses its documents on this
 * executor's models, one document at a time (Spark runs one task per core), and hands on what came of
 * each in input order. One file's documents are held at once, so a partition of any size streams.
 */
final class AnalyseFiles implements FlatMapFunction<Iterator<String>, Analysed> {
    private static final long serialVersionUID = 1L;

    private final ModelConfig models;

    AnalyseFiles(ModelConfig models) {
        this.models = models;
    }

    @Override
    public Iterator<Analysed> call(Iterator<String> files) {
        Pipeline pipeline = new Pipeline(
                ExecutorModels.of(models), null, PipelineOptions.defaults().withThreads(1));
        DocumentReader reader = new DocumentReader();
        return new Iterator<>() {
            private final List<Analysed> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && files.hasNext()) {
                    pending.clear();
                    next = 0;
                    List<RawDocument> docs = new ArrayList<>();
                    reader.read(Path.of(files.next()), docs::add, r -> pending.add(Analysed.of(r)));
                    for (RawDocument doc : docs) {
                        pipeline.analyse(doc, r -> pending.add(Analysed.of(r)))
                                .ifPresent(a -> pending.add(Analysed.of(a)));
                    }
                }
                return next < pending.size();
            }

            @Override
            public Analysed next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }
}
