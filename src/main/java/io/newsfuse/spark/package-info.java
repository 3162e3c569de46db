/**
 * The Spark job: newsfuse's pipeline on Apache Spark, for collections too large for one machine's
 * analysis. Input files are split across executors, where extraction and analysis run in
 * {@code mapPartitions} on models loaded once per executor JVM ({@link io.newsfuse.spark.ExecutorModels});
 * the analysed articles are stored in input order and the stories are formed by the same story step the
 * local pipeline runs, so the same inputs give the same stories; the result can also be written as
 * Parquet tables. {@link io.newsfuse.spark.SparkJob} is the entry point, for {@code newsfuse spark} and
 * {@code spark-submit} alike.
 */
package io.newsfuse.spark;
