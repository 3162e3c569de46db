package io.newsfuse.run;

import io.newsfuse.analyze.NlpPipeline;
import io.newsfuse.analyze.OnnxEmbedder;
import io.newsfuse.extract.LanguageDetector;
import java.util.function.Supplier;

/**
 * The heavy resources of one process (CoreNLP pipeline, embedding model, language detector), each
 * loaded on first use and then shared by every thread. A CLI, a server or a Spark executor makes one.
 */
public final class Models {
    private final Lazy<NlpPipeline> nlp = new Lazy<>(NlpPipeline::load);
    private final Lazy<OnnxEmbedder> embedder = new Lazy<>(OnnxEmbedder::loadDefault);
    private final Lazy<LanguageDetector> languages = new Lazy<>(LanguageDetector::new);

    public NlpPipeline nlp() {
        return nlp.get();
    }

    public OnnxEmbedder embedder() {
        return embedder.get();
    }

    public LanguageDetector languages() {
        return languages.get();
    }

    /** A value computed once, on first request, safely across threads. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
