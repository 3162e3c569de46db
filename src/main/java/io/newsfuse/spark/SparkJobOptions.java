package io.newsfuse.spark;

import io.newsfuse.ingest.Limits;
import java.nio.file.Path;
import java.util.List;

/**
 * What a Spark job is asked to do.
 *
 * @param master     the Spark master ({@code local[2]}, {@code spark://host:7077}, {@code yarn}), or null for
 *                   the one {@code spark-submit} gives (else {@code local[*]})
 * @param store      where the result lands: a store directory or a PostgreSQL address
 * @param parquet    a folder to write the articles, stories, facts and quotes tables to as Parquet, or null
 * @param inputs     files and folders to read: local paths (on a file system every executor sees at the same
 *                   path) or URIs of a Hadoop file system ({@code hdfs://namenode/crawl/}), read through it
 * @param partitions how many pieces the input files are split into, or 0 for four per core of the cluster
 * @param models     the model choices, shipped to the executors
 * @param limits     what one input may hold ({@code --max-...} options), shipped to the executors
 */
public record SparkJobOptions(
        String master,
        String store,
        Path parquet,
        List<String> inputs,
        int partitions,
        ModelConfig models,
        Limits limits) {
    public SparkJobOptions {
        inputs = List.copyOf(inputs);
        models = models == null ? ModelConfig.DEFAULT : models;
        limits = limits == null ? Limits.defaults() : limits;
    }
}
