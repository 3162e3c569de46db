package io.newsfuse.cli;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.Story;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.extract.Article;
import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Models;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.pipeline.Stage;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse bench}: articles per second for every stage and in total, and peak heap. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measure throughput per stage, CPU, heap, and the cost of growing stores.",
        description = {
            "Run the whole pipeline on PATH (default: the bundled examples) in a scratch store and",
            "print articles/s per stage and in total, model load time, the largest story's consolidation time",
            "and peak heap, as a Markdown table (appended to --record FILE when given)."
        })
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

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
                    "Also time the consolidation of an N-article story, made by republishing the largest story's articles under new sources (0: not). Default: ${DEFAULT-VALUE}.")
    int storySize;

    @Option(
            names = "--store-size",
            paramLabel = "N",
            description =
                    "Instead: the benchmark of growth. Ingest PATH into a scratch store, grow the store to N articles by copying its articles and stories under new sources and later dates (no analysis), then time adding "
                            + GrowthBench.ADDED
                            + " new articles end to end, printing 'incremental: store of N articles, added 10 in S s, K stories consolidated again'.")
    Integer storeSize;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description =
                    "With --store-size: grow the store in DIR and keep it. A later run on the same DIR skips the growing when the store already holds N articles, so the adding can be timed again (on a quiet machine, several times).")
    Path keep;

    @Option(
            names = "--extract-passes",
            paramLabel = "N",
            description =
                    "Instead: time extraction alone (no analysis, no store). Read and extract every document of PATH N times over, printing for each pass the pages per second of reading and of extraction (wall) and the CPU seconds per page; the first passes warm the JIT.")
    Integer extractPasses;

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

    @Option(
            names = "--cluster-only",
            hidden = true,
            paramLabel = "DIR",
            description = "Instead: cluster the articles stored in DIR again, in memory, and write the stories"
                    + " (ids and article sources only) as report JSON to --out.")
    Path clusterOnly;

    @Option(names = "--out", hidden = true, paramLabel = "FILE")
    Path clusterOut;

    @Override
    public Integer call() throws Exception {
        if (clusterOnly != null) {
            return clusterOnly();
        }
        if (growFrom != null) {
            return grow();
        }
        if (serveUrl != null) {
            return serveLatency();
        }
        if (paths.isEmpty()) {
            paths = List.of(Path.of(System.getProperty("newsfuse.home", "."), "examples"));
        }
        if (storeSize != null) {
            return growth();
        }
        if (extractPasses != null) {
            return extractPasses();
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("newsfuse-bench");
        Models models = modelOptions.models();
        try (Store store = Stores.open(scratch)) {
            Pipeline pipeline =
                    new Pipeline(models, store, PipelineOptions.defaults().withThreads(workers));
            DocumentSource source = DocumentSource.ofPaths(paths, new DocumentReader());
            List<Article> firsts = new ArrayList<>();
            long m0 = System.nanoTime();
            pipeline.extract(
                    source,
                    a -> {
                        if (firsts.isEmpty()) {
                            firsts.add(a);
                        }
                    },
                    PipelineListener.quiet()); // loads the language detector; JIT warm for extraction
            StageTimes warmExtract = new StageTimes();
            pipeline.extract(source, a -> {}, warmExtract);
            if (!firsts.isEmpty()) {
                pipeline.analyzer().analyze(firsts.get(0)); // loads CoreNLP and the embedder
            }
            long loadNanos = System.nanoTime() - m0 - warmExtract.nanos(Stage.EXTRACT) - warmExtract.nanos(Stage.READ);
            StageTimes times = new StageTimes();
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            IngestResult result = pipeline.ingest(source, times);
            long total = System.nanoTime() - t0;
            int stories = store.stories().size();
            List<String[]> rows = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                rows.add(row(stage.label(), (int) times.items(stage), times.nanos(stage), times.cpu(stage)));
                if (stage == Stage.EXTRACT) {
                    rows.add(row(
                            "extract (second pass, JIT warm)",
                            (int) warmExtract.items(stage),
                            warmExtract.nanos(stage)));
                }
            }
            rows.add(row("total (excluding model load and warm-up)", result.added(), total, cpuNanos() - cpu0));
            StoryConsolidator consolidator = new StoryConsolidator(models.embedder());
            List<StoredStory> stored = store.stories();
            double scaled = 0;
            int largestSize = 0;
            double largest = 0;
            if (!stored.isEmpty()) {
                StoredStory biggest = stored.get(0);
                List<AnalyzedArticle> members = store.articles(biggest.articleIds());
                Story seed = new Story(biggest.id(), biggest.articleIds());
                consolidator.consolidate(seed, members); // warm-up
                long c0 = System.nanoTime();
                consolidator.consolidate(seed, members);
                largest = (System.nanoTime() - c0) / 1e9;
                largestSize = members.size();
                scaled = storySize > 0 ? scaledStory(consolidator, seed, members) : 0;
            }
            String table = table(
                            rows,
                            paths,
                            result.articleIds().size() + result.rejected().size(),
                            stories,
                            loadNanos,
                            largestSize,
                            largest,
                            workers)
                    + (storySize > 0
                            ? String.format(
                                    "a %d-article story (the largest story's articles republished under new sources) consolidated in %.3f s%n",
                                    storySize, scaled)
                            : "");
            spec.commandLine().getOut().print(table);
            if (record != null) {
                Files.writeString(record, table + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    /** Extraction alone, {@link #extractPasses} times over the same documents, one line per pass. */
    private int extractPasses() throws IOException {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("newsfuse-bench");
        try (Store store = Stores.open(scratch)) {
            Pipeline pipeline = new Pipeline(
                    modelOptions.models(), store, PipelineOptions.defaults().withThreads(workers));
            DocumentSource source = DocumentSource.ofPaths(paths, new DocumentReader());
            var out = spec.commandLine().getOut();
            for (int pass = 1; pass <= extractPasses; pass++) {
                StageTimes times = new StageTimes();
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                pipeline.extract(source, a -> {}, times);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                long pages = Math.max(1, times.items(Stage.EXTRACT));
                out.printf(
                        "extract pass %d: %d pages, read %.1f pages/s, extract %.1f pages/s, read+extract %.1f"
                                + " pages/s, %.2f CPU-ms per page (%d threads)%n",
                        pass,
                        times.items(Stage.EXTRACT),
                        times.items(Stage.READ) / Math.max(1e-9, times.nanos(Stage.READ) / 1e9),
                        pages / Math.max(1e-9, times.nanos(Stage.EXTRACT) / 1e9),
                        pages / Math.max(1e-9, wall),
                        cpu * 1000 / pages,
                        workers);
                out.flush();
            }
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    /** Sums each stage's items and wall time over a run. */
    private static final class StageTimes implements PipelineListener {
        private final Map<Stage, long[]> sums = new java.util.EnumMap<>(Stage.class);
        private final Map<Stage, Long> cpuStart = new java.util.EnumMap<>(Stage.class);

        @Override
        public synchronized void started(Stage stage, long total) {
            cpuStart.put(stage, cpuNanos());
        }

        @Override
        public synchronized void finished(Stage stage, long count, long took) {
            long[] sum = sums.computeIfAbsent(stage, s -> new long[3]);
            sum[0] += count;
            sum[1] += took;
            sum[2] += cpuNanos() - cpuStart.getOrDefault(stage, cpuNanos());
        }

        synchronized long cpu(Stage stage) {
            return sums.getOrDefault(stage, new long[3])[2];
        }

        synchronized long items(Stage stage) {
            return sums.getOrDefault(stage, new long[3])[0];
        }

        synchronized long nanos(Stage stage) {
            return sums.getOrDefault(stage, new long[3])[1];
        }
    }

    private int clusterOnly() throws IOException {
        try (Store from = Stores.open(clusterOnly)) {
            Map<String, String> sources = new HashMap<>();
            long start = System.nanoTime();
            Pipeline pipeline = new Pipeline(modelOptions.models(), from, PipelineOptions.defaults());
            pipeline.rebuildStories(PipelineListener.quiet());
            double seconds = (System.nanoTime() - start) / 1e9;
            List<StoredStory> stories = from.stories();
            from.articles(stories.stream().flatMap(s -> s.articleIds().stream()).toList())
                    .forEach(a -> sources.put(a.id(), a.article().source()));
            var root = io.newsfuse.support.Json.mapper().createObjectNode();
            var array = root.putArray("stories");
            for (StoredStory s : stories) {
                var node = array.addObject().put("id", s.id());
                var articles = node.putArray("articles");
                s.articleIds().forEach(id -> articles.addObject().put("id", id).put("source", sources.get(id)));
            }
            Files.writeString(clusterOut, io.newsfuse.support.Json.mapper().writeValueAsString(root));
            spec.commandLine()
                    .getOut()
                    .printf("%d articles, %d stories in %.2f s%n", sources.size(), stories.size(), seconds);
        }
        return 0;
    }

    private int growth() throws IOException {
        Path scratch = keep != null ? keep : Files.createTempDirectory("newsfuse-growth");
        try (Store store = Stores.open(scratch)) {
            Pipeline pipeline = new Pipeline(modelOptions.models(), store, PipelineOptions.defaults());
            GrowthBench.Result r =
                    new GrowthBench(pipeline, store, spec.commandLine().getErr()).run(paths, storeSize);
            spec.commandLine().getOut().println(r.line());
            if (record != null) {
                Files.writeString(record, r.line() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } finally {
            if (keep == null) {
                deleteTree(scratch);
            }
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
    private double scaledStory(StoryConsolidator consolidator, Story seed, List<AnalyzedArticle> members) {
        List<AnalyzedArticle> grown = new ArrayList<>();
        for (int i = 0; grown.size() < storySize; i++) {
            AnalyzedArticle a = members.get(i % members.size());
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

    private static String[] row(String stage, int n, long nanos) {
        return row(stage, n, nanos, -1);
    }

    private static String[] row(String stage, int n, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        return new String[] {
            stage,
            String.valueOf(n),
            String.format("%.3f", seconds),
            cpuNanos < 0 ? "" : String.format("%.3f", cpuNanos / 1e9),
            cpuNanos < 0 || n == 0 ? "" : String.format("%.1f", cpuNanos / 1e6 / n),
            String.format("%.1f", seconds > 0 ? n / seconds : 0)
        };
    }

    /** CPU time of the whole process so far (every thread), in nanoseconds. */
    static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String table(
            List<String[]> rows,
            List<Path> paths,
            int docs,
            int stories,
            long loadNanos,
            int largestSize,
            double largestSeconds,
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
        sb.append(
                "| stage | articles | wall s | CPU s | CPU ms/article | articles/s |\n|---|---:|---:|---:|---:|---:|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        sb.append(String.format(
                "%nmodel load and warm-up (CoreNLP, MiniLM, Lingua, one article): %.1f s; largest story: %d articles consolidated in %.3f s; peak heap: %d MB%n",
                loadNanos / 1e9, largestSize, largestSeconds, peakHeapMb()));
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
