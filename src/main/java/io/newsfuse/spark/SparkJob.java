package io.newsfuse.spark;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.pipeline.StoryChanges;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * newsfuse on Apache Spark. The driver lists the input files and splits them across the executors,
 * which extract and analyse every document ({@link AnalyseFiles}, models loaded once per executor).
 * The analysed articles come back to the driver a partition at a time, in input order, and are stored
 * in batches, the first copy of each id kept, as the local pipeline stores them. Then the story step: the
 * driver places the new articles in stories, in date order, as the local pipeline does (candidates through
 * the store's index, rarity from it, the same {@code StoryClusterer}), and the stories that changed are
 * consolidated on the executors ({@link SparkConsolidation}), each from its members alone, by the same
 * consolidator; so the same inputs give the same stories and reports whichever engine read them.
 * Optionally the store's articles, stories, facts and quotes are written as Parquet tables.
 *
 * <p>Why placement stays on the driver: it is a few milliseconds per article, and it is incremental and
 * order-dependent, so a version blocked by day or name would give other stories than the local pipeline
 * at the block edges. docs/SPARK.md gives the figures.
 */
public final class SparkJob {
    /** Articles stored per transaction. */
    private static final int BATCH = 64;

    private final SparkJobOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    public SparkJob(SparkJobOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** What a run did. */
    public record Result(int files, int articles, int added, int rejected, StoryChanges stories, int storedStories) {}

    /** Runs the job: analysis on the cluster, articles and stories into the store, Parquet if asked. */
    public Result run() {
        List<Rejection> rejected = new ArrayList<>();
        SparkSession spark = session();
        try (Store store = Stores.open(options.store())) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            org.apache.hadoop.conf.Configuration hadoop = context.hadoopConfiguration();
            List<String> files = InputFiles.list(options.inputs(), hadoop, r -> reject(rejected, r));
            java.util.Map<String, String> shipped = options.inputs().stream().anyMatch(HadoopFiles::isUri)
                    ? HadoopFiles.settings(hadoop)
                    : java.util.Map.of();
            int partitions = options.partitions() > 0
                    ? options.partitions()
                    : Math.max(1, Math.min(files.size(), context.defaultParallelism() * 4));
            long start = System.nanoTime();
            JavaRDD<Analysed> analysed = context.parallelize(files, Math.max(1, partitions))
                    .mapPartitions(new AnalyseFiles(options.models(), options.limits(), shipped))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long count = analysed.count(); // every partition at once; the driver then reads them in order
            err.printf(
                    "newsfuse spark: %d files analysed in %d partitions in %.1f s (%d documents)%n",
                    files.size(), partitions, (System.nanoTime() - start) / 1e9, count);
            err.flush();
            int[] stored = store(analysed.toLocalIterator(), store, rejected);
            Pipeline pipeline = new Pipeline(
                    ExecutorModels.of(options.models()), store, PipelineOptions.defaults(), options.limits());
            long storiesStart = System.nanoTime();
            StoryChanges changes =
                    pipeline.updateStories(PipelineListener.quiet(), new SparkConsolidation(context, options.models()));
            err.printf(
                    "newsfuse spark: stories placed (driver) and consolidated (executors) in %.1f s%n",
                    (System.nanoTime() - storiesStart) / 1e9);
            if (options.parquet() != null) {
                new ParquetTables(spark, store).write(analysed, options.parquet());
                err.printf("newsfuse spark: Parquet tables written to %s%n", options.parquet());
            }
            analysed.unpersist();
            int storedStories = store.stories().size();
            return new Result(files.size(), stored[0], stored[1], rejected.size(), changes, storedStories);
        } finally {
            spark.stop();
        }
    }

    /** Stores the articles in the order they come, the first of each id, in batches; prints rejections. */
    private int[] store(Iterator<Analysed> results, Store store, List<Rejection> rejected) {
        Set<String> seen = new HashSet<>();
        List<AnalyzedArticle> batch = new ArrayList<>();
        int articles = 0;
        int added = 0;
        while (results.hasNext()) {
            Analysed a = results.next();
            if (a.kind() == Analysed.Kind.REJECTED) {
                reject(rejected, a.rejection());
                continue;
            }
            if (a.kind() == Analysed.Kind.WARNED) {
                err.println("newsfuse: warning " + a.source() + ": " + a.text());
                continue;
            }
            if (!seen.add(a.id())) {
                continue;
            }
            articles++;
            if (store.contains(a.id())) {
                continue;
            }
            batch.add(a.article());
            if (batch.size() >= BATCH) {
                store.saveArticles(batch);
                added += batch.size();
                batch.clear();
            }
        }
        store.saveArticles(batch);
        added += batch.size();
        return new int[] {articles, added};
    }

    private void reject(List<Rejection> rejected, Rejection r) {
        rejected.add(r);
        err.println("newsfuse: rejected " + r.source() + ": " + r.reason());
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf().setAppName("newsfuse");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: stay on loopback and keep the web UI's port closed unless asked for
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
