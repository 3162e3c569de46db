package io.newsfuse.spark;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Limits;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    /** The driver's Hadoop settings, for inputs named by a URI ({@link HadoopFiles}); empty when none is. */
    private final HashMap<String, String> hadoop;

    AnalyseFiles(ModelConfig models, Limits limits, Map<String, String> hadoop) {
        this.models = models;
        this.limits = limits;
        this.hadoop = new HashMap<>(hadoop);
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
            private org.apache.hadoop.conf.Configuration configuration;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && files.hasNext()) {
                    pending.clear();
                    next = 0;
                    List<RawDocument> docs = new ArrayList<>();
                    String file = files.next();
                    if (HadoopFiles.isUri(file)) {
                        readCopy(file, docs);
                    } else {
                        reader.read(Path.of(file), docs::add, heard::rejected);
                    }
                    for (RawDocument doc : docs) {
                        pipeline.analyse(doc, heard).ifPresent(a -> pending.add(Analysed.of(a)));
                    }
                }
                return next < pending.size();
            }

            /** A file named by a URI: copied here, read as a local file, its documents named by the URI. */
            private void readCopy(String uri, List<RawDocument> docs) {
                if (configuration == null) {
                    configuration = HadoopFiles.configuration(hadoop);
                }
                Path local;
                try {
                    local = HadoopFiles.copyToLocal(uri, configuration);
                } catch (IOException | RuntimeException e) {
                    heard.rejected(new Rejection(uri, "cannot read: " + e.getMessage()));
                    return;
                }
                String copy = local.toAbsolutePath().normalize().toString();
                java.util.function.UnaryOperator<String> named =
                        source -> source.startsWith(copy) ? uri + source.substring(copy.length()) : source;
                try {
                    reader.read(
                            local,
                            d -> docs.add(new RawDocument(named.apply(d.source()), d.format(), d.body(), d.hints())),
                            r -> heard.rejected(new Rejection(named.apply(r.source()), r.reason(), r.cause())));
                } finally {
                    HadoopFiles.deleteCopy(local);
                }
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
