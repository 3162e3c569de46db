package io.newsfuse.run;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Analyzer;
import io.newsfuse.analyze.CoreNlpAnalyzer;
import io.newsfuse.analyze.figures.FigureReader;
import io.newsfuse.analyze.quotes.QuoteFinder;
import io.newsfuse.cluster.Story;
import io.newsfuse.cluster.StoryClusterer;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.ArticleExtractor;
import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives the pipeline for a CLI or a server: ingest → extract → analyze → store, then
 * cluster → consolidate → store the stories. Holds no state of its own beyond the models and store it
 * is given, so several drivers can share one {@link Models}.
 */
public final class Newsfuse {
    private static final int BATCH = 16;
    private static final int CHUNK = 256;
    private final Models models;
    private final Store store;
    private final int threads;
    private final int chunk;
    private final DocumentReader reader = new DocumentReader();

    public Newsfuse(Models models, Store store, int threads) {
        this(models, store, threads, CHUNK);
    }

    /**
     * @param chunk how many read documents are extracted, analysed and stored together: the memory an
     *              ingest holds at once, whatever the size of its inputs
     */
    public Newsfuse(Models models, Store store, int threads, int chunk) {
        this.models = models;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.chunk = Math.max(1, chunk);
    }

    /** Reads the documents of the given files and folders, each with its rejections. */
    public List<RawDocument> read(List<Path> inputs, List<Rejection> rejected) {
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : inputs) {
            reader.read(p, docs::add, rejected::add);
        }
        return docs;
    }

    /** Reads the documents of the given inputs, each a file, a folder or an http(s) address. */
    public List<RawDocument> readInputs(List<String> inputs, List<Rejection> rejected) {
        List<RawDocument> docs = new ArrayList<>();
        for (String input : inputs) {
            reader.read(input, docs::add, rejected::add);
        }
        return docs;
    }

    /** The extractor, built on this process's language detector. */
    public ArticleExtractor extractor() {
        return new ArticleExtractor(models.languages());
    }

    /** The analyzer, built on this process's models. */
    public Analyzer analyzer() {
        FigureReader figures = new FigureReader();
        QuoteFinder quotes = new QuoteFinder();
        return new CoreNlpAnalyzer(models.nlp(), models.embedder(), figures::read, quotes::find);
    }

    /** Ingests files and folders: new articles are analysed and stored, batch by batch. */
    public IngestResult ingest(List<Path> inputs, PrintWriter err) {
        List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        return ingestStream(sink -> inputs.forEach(p -> reader.read(p, sink, rejected::add)), rejected, err);
    }

    /** Ingests files, folders and http(s) addresses (pages or feeds) like {@link #ingest}. */
    public IngestResult ingestInputs(List<String> inputs, PrintWriter err) {
        List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        return ingestStream(sink -> inputs.forEach(i -> reader.read(i, sink, rejected::add)), rejected, err);
    }

    /**
     * Ingests documents as the reader hands them over, a chunk at a time, so a web archive of
     * any size is processed in bounded memory (the chunk size given at construction, 256 by default) and what was analysed is stored as it goes.
     */
    private IngestResult ingestStream(
            java.util.function.Consumer<java.util.function.Consumer<RawDocument>> source,
            List<Rejection> rejected,
            PrintWriter err) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        List<RawDocument> pending = new ArrayList<>();
        int[] added = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Analyzer[] analyzer = {null};
        try {
            source.accept(doc -> {
                pending.add(doc);
                if (pending.size() >= chunk) {
                    added[0] += ingestChunk(pending, seen, rejected, err, pool, analyzer);
                    pending.clear();
                }
            });
            added[0] += ingestChunk(pending, seen, rejected, err, pool, analyzer);
        } finally {
            pool.shutdownNow();
        }
        return new IngestResult(new ArrayList<>(seen), added[0], rejected);
    }

    private int ingestChunk(
            List<RawDocument> docs,
            java.util.Set<String> seen,
            List<Rejection> rejected,
            PrintWriter err,
            ExecutorService pool,
            Analyzer[] analyzer) {
        List<Article> fresh = new ArrayList<>();
        for (Article a : extract(docs, rejected)) {
            if (seen.add(a.id()) && !store.contains(a.id())) {
                fresh.add(a);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        if (analyzer[0] == null) {
            analyzer[0] = analyzer();
        }
        Analyzer using = analyzer[0];
        int added = 0;
        try (Progress progress = Progress.of("analysing", fresh.size(), err)) {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : fresh) {
                futures.add(pool.submit(() -> {
                    try {
                        return using.analyze(a);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<AnalyzedArticle> batch = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    batch.add(futures.get(i).get());
                } catch (Exception e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    rejected.add(new Rejection(fresh.get(i).source(), "analysis failed: " + cause));
                }
                if (batch.size() >= BATCH || i == futures.size() - 1) {
                    store.saveArticles(batch);
                    added += batch.size();
                    batch.clear();
                }
            }
        }
        return added;
    }

    /** Extracts articles from documents in parallel, keeping input order; failures become rejections. */
    public List<Article> extract(List<RawDocument> docs, List<Rejection> rejected) {
        ArticleExtractor extractor = extractor();
        Article[] out = new Article[docs.size()];
        Rejection[] failed = new Rejection[docs.size()];
        // A pool of our own: the common fork-join pool has one worker on two cores.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    try {
                        out[index] = extractor.extract(docs.get(index));
                    } catch (RuntimeException e) {
                        failed[index] = new Rejection(docs.get(index).source(), e.getMessage());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (Rejection r : failed) {
            if (r != null) {
                rejected.add(r);
            }
        }
        List<Article> list = new ArrayList<>();
        for (Article a : out) {
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }

    /** Re-clusters every stored article into stories, consolidates each and stores them. */
    public List<StoredStory> rebuildStories() {
        List<AnalyzedArticle> all = store.articles();
        List<Story> stories = new StoryClusterer().cluster(all);
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        StoryConsolidator consolidator = new StoryConsolidator(models.embedder());
        List<StoredStory> out = stories.parallelStream()
                .map(story -> {
                    List<AnalyzedArticle> members =
                            story.articleIds().stream().map(byId::get).toList();
                    StoryReport report = consolidator.consolidate(story, members);
                    return new StoredStory(story.id(), report.title(), story.articleIds(), Json.write(report));
                })
                .toList();
        store.replaceStories(out);
        return out;
    }
}
