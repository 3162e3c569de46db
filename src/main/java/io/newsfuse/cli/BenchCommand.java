package io.newsfuse.cli;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Analyzer;
import io.newsfuse.cluster.Story;
import io.newsfuse.cluster.StoryClusterer;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.dedupe.CopyDetector;
import io.newsfuse.extract.Article;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.run.Models;
import io.newsfuse.run.Newsfuse;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse bench}: articles per second for every stage and in total, and peak heap. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on PATH (default: the bundled examples) in a scratch store and",
            "print articles/s per stage and in total, model load time, the largest story's consolidation time",
            "and peak heap, as a Markdown table (appended to --record FILE when given)."
        })
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders. Default: examples/.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--record", paramLabel = "FILE", description = "Append the table to this Markdown file.")
    Path record;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (0: one per core).")
    int threads;

    @Option(
            names = "--story-size",
            defaultValue = "50",
            paramLabel = "N",
            description =
                    "Also time the consolidation of an N-article story, made by republishing the largest story's articles under new sources. Default: ${DEFAULT-VALUE}.")
    int storySize;

    @Option(
            names = "--grow-store",
            hidden = true,
            paramLabel = "FROM",
            description = "Instead: copy FROM's stories into the store --into until it holds --articles articles.")
    Path growFrom;

    @Option(names = "--into", hidden = true, paramLabel = "DIR")
    Path growInto;

    @Option(names = "--articles", hidden = true, defaultValue = "10000")
    int growArticles;

    @Option(
            names = "--shift-days",
            hidden = true,
            defaultValue = "11",
            description = "Each copy's dates move this many days later than the previous copy's.")
    int shiftDays;

    @Option(
            names = "--serve-latency",
            hidden = true,
            paramLabel = "URL",
            description = "Instead: measure the latency of a running `newsfuse serve` at URL (loopback).")
    java.net.URI serveUrl;

    @Option(names = "--concurrency", hidden = true, defaultValue = "2")
    int concurrency;

    @Option(names = "--requests", hidden = true, defaultValue = "500")
    int requests;

    @Option(names = "--seconds", hidden = true, defaultValue = "60", description = "Longest time per endpoint.")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (growFrom != null) {
            return grow();
        }
        if (serveUrl != null) {
            return serveLatency();
        }
        if (paths.isEmpty()) {
            paths = List.of(Path.of(System.getProperty("newsfuse.home", "."), "examples"));
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("newsfuse-bench");
        Models models = modelOptions.models();
        List<String[]> rows = new ArrayList<>();
        try (Store store = Stores.open(scratch)) {
            Newsfuse engine = new Newsfuse(models, store, workers);
            List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            List<RawDocument> docs = engine.read(paths, rejected);
            long t1 = System.nanoTime();
            rows.add(row("read", docs.size(), t1 - t0));
            if (!docs.isEmpty()) {
                try {
                    engine.extractor().extract(docs.get(0)); // loads the language models
                } catch (RuntimeException e) {
                    // the first document may be one that is rejected; the models are loaded all the same
                }
            }
            long t2 = System.nanoTime();
            List<Article> articles = engine.extract(docs, rejected);
            long t3 = System.nanoTime();
            rows.add(row("extract", articles.size(), t3 - t2));
            long w0 = System.nanoTime();
            engine.extract(docs, new ArrayList<>()); // the same again with the JIT warm: steady-state rate
            rows.add(row("extract (second pass, JIT warm)", articles.size(), System.nanoTime() - w0));
            long t3w = System.nanoTime() - w0;
            long m0 = System.nanoTime();
            Analyzer analyzer = engine.analyzer();
            if (!articles.isEmpty()) {
                analyzer.analyze(articles.get(0)); // warm-up: lazy model parts and the JIT
            }
            long m1 = System.nanoTime();
            List<AnalyzedArticle> analysed = analyse(analyzer, articles, workers);
            long t4 = System.nanoTime();
            rows.add(row("analyze", analysed.size(), t4 - m1));
            store.saveArticles(analysed);
            long t5 = System.nanoTime();
            rows.add(row("store", analysed.size(), t5 - t4));
            new CopyDetector().groups(analysed);
            long t6 = System.nanoTime();
            rows.add(row("dedupe", analysed.size(), t6 - t5));
            List<Story> stories = new StoryClusterer().cluster(analysed);
            long t7 = System.nanoTime();
            rows.add(row("cluster", analysed.size(), t7 - t6));
            Map<String, AnalyzedArticle> byId = new HashMap<>();
            analysed.forEach(a -> byId.put(a.id(), a));
            StoryConsolidator consolidator = new StoryConsolidator(models.embedder());
            if (!stories.isEmpty()) {
                Story first = stories.get(0); // warm-up
                consolidator.consolidate(
                        first, first.articleIds().stream().map(byId::get).toList());
            }
            long t7b = System.nanoTime();
            long largest = 0;
            int largestSize = 0;
            for (Story s : stories.stream()
                    .sorted(Comparator.comparingInt(s -> -s.articleIds().size()))
                    .toList()) {
                long c0 = System.nanoTime();
                consolidator.consolidate(
                        s, s.articleIds().stream().map(byId::get).toList());
                long took = System.nanoTime() - c0;
                if (s.articleIds().size() > largestSize) {
                    largestSize = s.articleIds().size();
                    largest = took;
                }
            }
            long t8 = System.nanoTime();
            double scaled = stories.isEmpty() ? 0 : scaledStory(consolidator, stories.get(0), byId);
            rows.add(row("consolidate", analysed.size(), t8 - t7b));
            rows.add(row(
                    "total (excluding model load and warm-up)",
                    analysed.size(),
                    (t8 - t0) - (m1 - m0) - (t7b - t7) - t3w));
            String table = table(
                            rows,
                            paths,
                            docs.size(),
                            stories.size(),
                            (m1 - m0) + (t2 - t1),
                            largestSize,
                            largest,
                            workers)
                    + String.format(
                            "a %d-article story (the largest story's articles republished under new sources) consolidated in %.3f s%n",
                            storySize, scaled);
            spec.commandLine().getOut().print(table);
            if (record != null) {
                Files.writeString(record, table + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    private int grow() {
        if (growInto == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--grow-store needs --into DIR");
        }
        long start = System.nanoTime();
        try (Store from = Stores.open(growFrom);
                Store into = Stores.open(growInto)) {
            StoreReplicator.Result r = new StoreReplicator(shiftDays).replicate(from, into, growArticles);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "wrote %d articles in %d stories to %s in %.1f s%n",
                            r.articles(), r.stories(), growInto, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private int serveLatency() throws Exception {
        String host = serveUrl.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--serve-latency measures loopback servers only (127.0.0.1, localhost, [::1])");
        }
        java.net.URI base =
                java.net.URI.create(serveUrl.toString().endsWith("/") ? serveUrl.toString() : serveUrl + "/");
        var rows = new ServeLatency(base, concurrency, requests, java.time.Duration.ofSeconds(seconds)).run();
        String table = String.format(
                        "%d samples per request (after %d warm-up), %d concurrent clients, %d cores, Java %s%n%n",
                        requests,
                        Math.max(concurrency, requests / 10),
                        concurrency,
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"))
                + ServeLatency.table(rows);
        spec.commandLine().getOut().print(table);
        if (record != null) {
            Files.writeString(record, table + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return 0;
    }

    /** Seconds to consolidate a story of {@code storySize} articles grown from {@code seed}'s articles. */
    private double scaledStory(StoryConsolidator consolidator, Story seed, Map<String, AnalyzedArticle> byId) {
        List<AnalyzedArticle> grown = new ArrayList<>();
        for (int i = 0; grown.size() < storySize; i++) {
            AnalyzedArticle a =
                    byId.get(seed.articleIds().get(i % seed.articleIds().size()));
            var art = a.article();
            var copy = new io.newsfuse.extract.Article(
                    art.id() + "-" + i,
                    art.source() + "#" + i,
                    art.title(),
                    art.text(),
                    art.published(),
                    art.dateOrigin(),
                    art.language(),
                    art.site(),
                    art.authors(),
                    art.offsets());
            grown.add(new AnalyzedArticle(
                    copy, a.sentences(), a.mentions(), a.times(), a.figures(), a.quotes(), a.vector()));
        }
        Story story =
                new Story("scaled", grown.stream().map(AnalyzedArticle::id).toList());
        long start = System.nanoTime();
        consolidator.consolidate(story, grown);
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<AnalyzedArticle> analyse(Analyzer analyzer, List<Article> articles, int workers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> analyzer.analyze(a)));
            }
            List<AnalyzedArticle> out = new ArrayList<>();
            for (Future<AnalyzedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String[] row(String stage, int n, long nanos) {
        double seconds = nanos / 1e9;
        return new String[] {
            stage,
            String.valueOf(n),
            String.format("%.3f", seconds),
            String.format("%.1f", seconds > 0 ? n / seconds : 0)
        };
    }

    private static String table(
            List<String[]> rows,
            List<Path> paths,
            int docs,
            int stories,
            long loadNanos,
            int largestSize,
            long largestNanos,
            int workers) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("### %s — %s%n%n", LocalDate.now(), paths));
        sb.append(String.format(
                "%d documents, %d stories; %d cores, %d analysis threads, Java %s%n%n",
                docs,
                stories,
                Runtime.getRuntime().availableProcessors(),
                workers,
                System.getProperty("java.version")));
        sb.append("| stage | articles | seconds | articles/s |\n|---|---:|---:|---:|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        sb.append(String.format(
                "%nmodel load and warm-up (CoreNLP, MiniLM, Lingua, one article): %.1f s; largest story: %d articles consolidated in %.3f s; peak heap: %d MB%n",
                loadNanos / 1e9, largestSize, largestNanos / 1e9, peakHeapMb()));
        return sb.toString();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
