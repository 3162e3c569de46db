package io.newsfuse.pipeline;

import io.newsfuse.analyze.Analyzer;
import io.newsfuse.analyze.CoreNlpAnalyzer;
import io.newsfuse.analyze.NlpPipeline;
import io.newsfuse.analyze.NlpPipelines;
import io.newsfuse.analyze.OnnxEmbedder;
import io.newsfuse.analyze.figures.FigureReader;
import io.newsfuse.analyze.quotes.QuoteFinder;
import io.newsfuse.extract.LanguageDetector;
import java.util.function.Supplier;

/**
 * The heavy resources of one process (CoreNLP pipelines, embedding model, language detector), each
 * loaded on first use and then shared by every thread: CoreNLP's models of a language load when the
 * first article in it is analysed, so a run over English articles loads no other. A CLI, a server or a
 * Spark executor makes one.
 */
public final class Models {
    private final NlpPipelines pipelines = new NlpPipelines();
    private final Lazy<OnnxEmbedder> embedder;
    private final Lazy<LanguageDetector> languages;
    private final Lazy<Analyzer> analyzer = new Lazy<>(
            () -> new CoreNlpAnalyzer(pipelines, embedder(), new FigureReader()::read, new QuoteFinder()::find));

    /** The bundled models: MiniLM for embeddings, Lingua over its default languages. */
    public Models() {
        this(null, null);
    }

    /**
     * Models with the user's choices.
     *
     * @param embeddingModel a folder holding {@code model.onnx} and {@code tokenizer.json} of a sentence
     *                       embedding model (e.g. a multilingual one, so articles in different languages
     *                       meet in one space), or null for the bundled English MiniLM
     * @param languageCodes  ISO 639-1 codes language detection chooses among, or null for the default set
     */
    public Models(java.nio.file.Path embeddingModel, java.util.List<String> languageCodes) {
        this.embedder = new Lazy<>(
                () -> embeddingModel == null ? OnnxEmbedder.loadDefault() : OnnxEmbedder.load(embeddingModel));
        this.languages = new Lazy<>(() -> languageCodes == null || languageCodes.isEmpty()
                ? new LanguageDetector()
                : new LanguageDetector(languageCodes));
    }

    /** The English pipeline. */
    public NlpPipeline nlp() {
        return pipelines.forLanguage("en");
    }

    /** The pipelines per language, loaded as languages are met. */
    public NlpPipelines pipelines() {
        return pipelines;
    }

    public OnnxEmbedder embedder() {
        return embedder.get();
    }

    public LanguageDetector languages() {
        return languages.get();
    }

    /** The analyzer over these models: CoreNLP, the figure and quote readers, the embedder. */
    public Analyzer analyzer() {
        return analyzer.get();
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
