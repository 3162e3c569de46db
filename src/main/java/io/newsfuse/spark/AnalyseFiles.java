package io.newsfuse.spark;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Limits;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The executor side: reads each input file of a partition within the limits, extracts and analyses its
 * documents through {@link Pipeline#analyse} on this executor's models, one document at a time (Spark
 * runs one task per core), and hands on what came of each in input order. One file's documents are
 * held at once, so a partition of any size streams.
 */
final class AnalyseFiles implements FlatMapFunction<Iterator<String>, Analysed> {
    private static final long serialVersionUID = 1L;

    private final ModelConfig models;
    private final Limits limits;

    AnalyseFiles(ModelConfig models, Limits limits) {
        this.models = models;
        this.limits = limits;
    }

    @Override
    public Iterator<Analysed> call(Iterator<String> files) {
        Pipeline pipeline = new Pipeline(
                ExecutorModels.of(models), null, PipelineOptions.defaults().withThreads(1), limits);
        DocumentReader reader = new DocumentReader(limits);
        return new Iterator<>() {
            private final List<Analysed> pending = new ArrayList<>();
            private final PipelineListener heard = new PipelineListener() {
                @Override
                public void rejected(Rejection rejection) {
                    pending.add(Analysed.of(rejection));
                }

                @Override
                public void warned(String subject, String message) {
                    pending.add(Analysed.warning(subject, message));
                }
            };
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && files.hasNext()) {
                    pending.clear();
                    next = 0;
                    List<RawDocument> docs = new ArrayList<>();
                    reader.read(Path.of(files.next()), docs::add, heard::rejected);
                    for (RawDocument doc : docs) {
                        pipeline.analyse(doc, heard).ifPresent(a -> pending.add(Analysed.of(a)));
                    }
                }
                return next < pending.size();
            }

            @Override
            public Analysed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }
}
