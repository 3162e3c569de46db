package io.newsfuse.spark;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactValue;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteOccurrence;
import io.newsfuse.extract.Article;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The job's result as four Parquet tables under one folder, for analysis with Spark SQL, DuckDB or
 * pandas: {@code articles} (one row per article, with its story), {@code stories} (one row per story,
 * its report as JSON), {@code facts} (one row per figure an article gives for a fact of a story) and
 * {@code quotes} (one row per wording of a statement). The articles table is written from the
 * executors' results; the others, a story's worth of rows at a time, from the store.
 */
final class ParquetTables {
    static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("language", DataTypes.StringType)
            .add("site", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    static final StructType STORIES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType)
            .add("first_date", DataTypes.DateType)
            .add("last_date", DataTypes.DateType)
            .add("article_ids", DataTypes.createArrayType(DataTypes.StringType))
            .add("independent_sources", DataTypes.IntegerType)
            .add("created", DataTypes.StringType)
            .add("updated", DataTypes.StringType)
            .add("report", DataTypes.StringType);
    static final StructType FACTS = new StructType()
            .add("story_id", DataTypes.StringType, false)
            .add("fact_id", DataTypes.StringType)
            .add("label", DataTypes.StringType)
            .add("measure", DataTypes.StringType)
            .add("subject", DataTypes.StringType)
            .add("unit", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("consensus", DataTypes.DoubleType)
            .add("low", DataTypes.DoubleType)
            .add("high", DataTypes.DoubleType)
            .add("article_id", DataTypes.StringType)
            .add("value", DataTypes.DoubleType)
            .add("value_low", DataTypes.DoubleType)
            .add("value_high", DataTypes.DoubleType)
            .add("text", DataTypes.StringType)
            .add("authority", DataTypes.StringType)
            .add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);
    static final StructType QUOTES = new StructType()
            .add("story_id", DataTypes.StringType, false)
            .add("quote_id", DataTypes.StringType)
            .add("speaker", DataTypes.StringType)
            .add("article_id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("speaker_as_written", DataTypes.StringType)
            .add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    private final SparkSession spark;
    private final Store store;

    ParquetTables(SparkSession spark, Store store) {
        this.spark = spark;
        this.store = store;
    }

    /** Writes the four tables under {@code dir}, replacing what a previous run wrote there. */
    void write(JavaRDD<Analysed> analysed, Path dir) {
        List<StoredStory> stories = store.stories();
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articleIds().forEach(id -> storyOf.put(id, s.id())));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Map<String, String>> stories0 = context.broadcast(storyOf);
        JavaRDD<Row> articles = analysed.filter(Analysed::isArticle)
                .mapToPair(a -> new Tuple2<>(a.id(), a))
                .reduceByKey((a, b) -> a)
                .values()
                .map(a -> articleRow(a, stories0.value()));
        save(spark.createDataFrame(articles, ARTICLES), dir.resolve("articles"));
        List<Row> storyRows = new ArrayList<>();
        List<Row> factRows = new ArrayList<>();
        List<Row> quoteRows = new ArrayList<>();
        for (StoredStory s : stories) {
            StoryReport report = Json.read(s.reportJson(), StoryReport.class);
            storyRows.add(RowFactory.create(
                    s.id(),
                    s.title(),
                    date(report.firstDate()),
                    date(report.lastDate()),
                    s.articleIds().toArray(String[]::new),
                    report.independentSources(),
                    s.created(),
                    s.updated(),
                    s.reportJson()));
            for (Fact f : report.facts()) {
                for (FactValue v : f.values()) {
                    factRows.add(RowFactory.create(
                            s.id(),
                            f.id(),
                            f.label(),
                            f.measure(),
                            f.subject(),
                            f.unit(),
                            f.status(),
                            f.consensus(),
                            f.low(),
                            f.high(),
                            v.article(),
                            v.value(),
                            v.low(),
                            v.high(),
                            v.text(),
                            v.authority(),
                            v.begin(),
                            v.end()));
                }
            }
            for (QuoteGroup q : report.quotes()) {
                for (QuoteOccurrence o : q.occurrences()) {
                    quoteRows.add(RowFactory.create(
                            s.id(),
                            q.id(),
                            q.speaker(),
                            o.article(),
                            o.text(),
                            o.speakerAsWritten(),
                            o.begin(),
                            o.end()));
                }
            }
        }
        save(spark.createDataFrame(storyRows, STORIES), dir.resolve("stories"));
        save(spark.createDataFrame(factRows, FACTS), dir.resolve("facts"));
        save(spark.createDataFrame(quoteRows, QUOTES), dir.resolve("quotes"));
        stories0.destroy();
    }

    private static Row articleRow(Analysed analysed, Map<String, String> storyOf) {
        Article a = analysed.article().article();
        return RowFactory.create(
                a.id(),
                storyOf.get(a.id()),
                a.source(),
                a.title(),
                date(a.published()),
                a.language(),
                a.site(),
                a.text());
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static void save(org.apache.spark.sql.Dataset<Row> table, Path dir) {
        table.write().mode(SaveMode.Overwrite).parquet(dir.toAbsolutePath().toString());
    }
}
