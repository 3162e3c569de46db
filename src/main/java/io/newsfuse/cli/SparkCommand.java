package io.newsfuse.cli;

import io.newsfuse.spark.ModelConfig;
import io.newsfuse.spark.SparkJob;
import io.newsfuse.spark.SparkJobOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse spark}: the pipeline on Apache Spark, for collections one machine analyses too slowly. */
@Command(
        name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Run the pipeline on Apache Spark: the input files are split across the executors, which extract and",
            "analyse them (models loaded once per executor); the articles land in the store (--db) and the",
            "stories are formed there exactly as `ingest` forms them. With --parquet, the articles, stories, facts",
            "and quotes are also written as Parquet tables. Run it here (--master local[N]) or on a cluster with",
            "spark-submit (docs/SPARK.md). Exit code: 0, or the number of rejected inputs (at most 125)."
        })
final class SparkCommand implements Callable<Integer> {
    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Mixin
    StoreOption store;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master: local[N] (N cores of this machine), spark://HOST:7077, yarn, ..."
                    + " Default: what spark-submit says, else local[*].")
    String master;

    @Option(
            names = "--parquet",
            paramLabel = "DIR",
            description = "Also write the articles, stories, facts and quotes tables as Parquet under DIR.")
    Path parquet;

    @Option(
            names = "--partitions",
            defaultValue = "0",
            paramLabel = "N",
            description = "Pieces the input files are split into (0: four per core of the cluster).")
    int partitions;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders (read recursively): local paths, at the same path on every executor,"
                    + " or URIs of a Hadoop file system (hdfs://namenode/crawl/, file:///data/), read through it.")
    List<String> inputs;

    @Override
    public Integer call() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "Spark is not on the classpath: run `./newsfuse spark ...` (the launcher adds it) or spark-submit");
        }
        ModelConfig models = new ModelConfig(
                modelOptions.embeddingModel == null
                        ? null
                        : modelOptions.embeddingModel.toAbsolutePath().toString(),
                modelOptions.languages);
        SparkJob.Result r = new SparkJob(
                        new SparkJobOptions(
                                master, store.location, parquet, inputs, partitions, models, limitOptions.limits()),
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr())
                .run();
        spec.commandLine()
                .getErr()
                .printf(
                        "read %d files: %d articles (%d new), %d stories in the store (%d opened, %d changed), %d rejected%n",
                        r.files(),
                        r.articles(),
                        r.added(),
                        r.storedStories(),
                        r.stories().created().size(),
                        r.stories().changed().size(),
                        r.rejected());
        return Math.min(125, r.rejected());
    }
}
