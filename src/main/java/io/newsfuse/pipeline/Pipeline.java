package io.newsfuse.pipeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Analyzer;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.ArticleExtractor;
import io.newsfuse.ingest.Limits;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The wiring of newsfuse's stages, written once for every driver: documents from a {@link DocumentSource}
 * are extracted and analysed a chunk at a time on a pool of workers, each inside a
 * {@link DocumentBoundary}; new articles are stored in small transactions; then the stories that the new
 * articles join or open are consolidated again ({@link StoryUpdater}). Holds no state of its own beyond
 * the models and the store it is given, so drivers may share one {@link Models}.
 */
public final class Pipeline {
    /** Characters of document bodies read ahead at most, whatever the chunk's count: bounds a chunk's memory. */
    private static final long CHUNK_CHARS = 64L << 20;

    private final Models models;
    private final Store store;
    private final PipelineOptions options;
    private final Limits limits;

    /**
     * A pipeline within the default {@link Limits}.
     *
     * @param models  the process's models, loaded on first use
     * @param store   where articles and stories are kept; null for a pipeline that only extracts
     * @param options threads, chunk and batch sizes
     */
    public Pipeline(Models models, Store store, PipelineOptions options) {
        this(models, store, options, Limits.defaults());
    }

    /**
     * @param limits how much of each article's text the analysis gets ({@link Limits#articleChars()},
     *               {@link Limits#lineChars()})
     */
    public Pipeline(Models models, Store store, PipelineOptions options, Limits limits) {
        this.models = models;
        this.store = store;
        this.options = options;
        this.limits = limits;
    }

    /** The models this pipeline runs on. */
    public Models models() {
        return models;
    }

    /**
     * Reads, extracts, analyses and stores the source's new articles, then updates the stories they join.
     * Articles already stored are left as they are, so running the same input twice changes nothing.
     */
    public IngestResult ingest(DocumentSource source, PipelineListener listener) {
        requireStore();
        Set<String> seen = new LinkedHashSet<>();
        List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        Consumer<Rejection> reject = r -> {
            rejected.add(r);
            listener.rejected(r);
        };
        int[] added = {0};
        ExecutorService pool = pool();
        try {
            chunked(source, reject, listener, docs -> added[0] += ingestChunk(docs, seen, reject, listener, pool));
        } finally {
            pool.shutdownNow();
        }
        StoryChanges changes = stories().update(listener);
        return new IngestResult(new ArrayList<>(seen), added[0], rejected, changes);
    }

    /**
     * Extracts every document of the source without analysis or store, handing each article on in input
     * order a chunk at a time.
     *
     * @return the rejections, in order
     */
    public List<Rejection> extract(DocumentSource source, Consumer<Article> articles, PipelineListener listener) {
        List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        Consumer<Rejection> reject = r -> {
            rejected.add(r);
            listener.rejected(r);
        };
        ExecutorService pool = pool();
        try {
            chunked(
                    source,
                    reject,
                    listener,
                    docs -> extractAll(docs, reject, listener, pool).forEach(articles));
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(rejected);
    }

    /**
     * One document extracted, fitted to the {@link Limits} and analysed, each step inside its boundary,
     * with no store: the per-document stage for a driver that distributes documents itself (a Spark
     * executor). Rejections and cuts go to the listener as one line each, as in {@link #ingest}.
     */
    public Optional<AnalyzedArticle> analyse(RawDocument doc, PipelineListener listener) {
        Analyzer analyzer = analyzer();
        return DocumentBoundary.run(
                        doc.source(), "extraction", () -> extractor().extract(doc), listener::rejected)
                .map(a -> fitted(a, listener))
                .flatMap(a ->
                        DocumentBoundary.run(a.source(), "analysis", () -> analyzer.analyze(a), listener::rejected));
    }

    /** Stories kept up to date with the stored articles: assigns stored articles that are in no story yet. */
    public StoryChanges updateStories(PipelineListener listener) {
        requireStore();
        return stories().update(listener);
    }

    /**
     * {@link #updateStories(PipelineListener)}, with the changed stories consolidated by {@code
     * consolidation} (the Spark job's runs on the executors); articles are placed here all the same.
     */
    public StoryChanges updateStories(PipelineListener listener, StoryConsolidation consolidation) {
        requireStore();
        return new StoryUpdater(store, consolidation).update(listener);
    }

    /** Forgets every story and forms them again from all stored articles, in date order. */
    public StoryChanges rebuildStories(PipelineListener listener) {
        requireStore();
        return stories().rebuild(listener);
    }

    /** The extractor, built on this process's language detector. */
    public ArticleExtractor extractor() {
        return new ArticleExtractor(models.languages());
    }

    /** The analyzer, built on this process's models. */
    public Analyzer analyzer() {
        return models.analyzer();
    }

    private StoryUpdater stories() {
        return new StoryUpdater(store, models, options.threads());
    }

    /**
     * Reads the source, handing the documents on a chunk at a time. Reading is reported as one piece of
     * work per chunk, so its timing leaves out the chunks' own work.
     */
    private void chunked(
            DocumentSource source,
            Consumer<Rejection> reject,
            PipelineListener listener,
            Consumer<List<RawDocument>> chunkWork) {
        long expected = source.expected();
        if (expected >= 0) {
            listener.expecting(expected);
        }
        List<RawDocument> pending = new ArrayList<>();
        long[] piece = {System.nanoTime()};
        long[] chars = {0};
        listener.started(Stage.READ, -1);
        source.read(
                doc -> {
                    pending.add(doc);
                    chars[0] += doc.body().length();
                    listener.advanced(Stage.READ);
                    if (pending.size() >= options.chunk() || chars[0] >= CHUNK_CHARS) {
                        listener.finished(Stage.READ, pending.size(), System.nanoTime() - piece[0]);
                        chunkWork.accept(List.copyOf(pending));
                        pending.clear();
                        chars[0] = 0;
                        piece[0] = System.nanoTime();
                        listener.started(Stage.READ, -1);
                    }
                },
                reject);
        listener.finished(Stage.READ, pending.size(), System.nanoTime() - piece[0]);
        if (!pending.isEmpty()) {
            chunkWork.accept(List.copyOf(pending));
        }
    }

    private int ingestChunk(
            List<RawDocument> docs,
            Set<String> seen,
            Consumer<Rejection> reject,
            PipelineListener listener,
            ExecutorService pool) {
        List<Article> fresh = new ArrayList<>();
        for (Article a : extractAll(docs, reject, listener, pool)) {
            if (seen.add(a.id()) && !store.contains(a.id())) {
                fresh.add(fitted(a, listener));
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Analyzer analyzer = analyzer();
        List<Optional<AnalyzedArticle>> analysed = parallel(
                fresh,
                Stage.ANALYSE,
                listener,
                pool,
                a -> DocumentBoundary.run(a.source(), "analysis", () -> analyzer.analyze(a), reject));
        long start = System.nanoTime();
        listener.started(Stage.STORE, fresh.size());
        int added = 0;
        List<AnalyzedArticle> batch = new ArrayList<>();
        for (Optional<AnalyzedArticle> a : analysed) {
            a.ifPresent(batch::add);
            if (batch.size() >= options.batch()) {
                added += save(batch, listener);
            }
        }
        added += save(batch, listener);
        listener.finished(Stage.STORE, added, System.nanoTime() - start);
        return added;
    }

    /** The article as the analysis gets it within the limits; a cut is reported. */
    private Article fitted(Article a, PipelineListener listener) {
        AnalysisInput.Fitted fitted = AnalysisInput.fit(a, limits);
        if (fitted.note() != null) {
            listener.warned(a.source(), fitted.note());
        }
        return fitted.article();
    }

    private int save(List<AnalyzedArticle> batch, PipelineListener listener) {
        if (batch.isEmpty()) {
            return 0;
        }
        store.saveArticles(batch);
        int n = batch.size();
        for (int i = 0; i < n; i++) {
            listener.advanced(Stage.STORE);
        }
        batch.clear();
        return n;
    }

    private List<Article> extractAll(
            List<RawDocument> docs, Consumer<Rejection> reject, PipelineListener listener, ExecutorService pool) {
        ArticleExtractor extractor = extractor();
        List<Optional<Article>> out = parallel(
                docs,
                Stage.EXTRACT,
                listener,
                pool,
                doc -> DocumentBoundary.run(doc.source(), "extraction", () -> extractor.extract(doc), reject));
        return out.stream().flatMap(Optional::stream).toList();
    }

    /** Runs the work on every item on the pool, keeping input order. The work never throws (boundaries). */
    private static <I, O> List<O> parallel(
            List<I> items, Stage stage, PipelineListener listener, ExecutorService pool, Function<I, O> work) {
        long start = System.nanoTime();
        listener.started(stage, items.size());
        List<Future<O>> futures = new ArrayList<>(items.size());
        for (I item : items) {
            futures.add(pool.submit(() -> {
                try {
                    return work.apply(item);
                } finally {
                    listener.advanced(stage);
                }
            }));
        }
        List<O> out = new ArrayList<>(items.size());
        try {
            for (Future<O> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException(stage.label() + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(stage.label() + " failed: " + e.getCause(), e.getCause());
        }
        listener.finished(stage, items.size(), System.nanoTime() - start);
        return out;
    }

    private ExecutorService pool() {
        // A pool of our own: the common fork-join pool has one worker on two cores.
        return Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newsfuse-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private void requireStore() {
        if (store == null) {
            throw new IllegalStateException("this pipeline has no store: it can only extract");
        }
    }
}
