package io.newsfuse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.WarcFixtures;
import io.newsfuse.ingest.WarcFixtures.Capture;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.store.Stores;
import io.newsfuse.support.Fixtures;
import io.newsfuse.support.TestModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode, on JSON Lines and a web archive, gives the stories the local pipeline gives,
 * and Parquet tables of them.
 */
class SparkJobTest {
    private static final String FERRY = "{\"url\":\"https://a.example/ferry-%d\",\"published\":\"2031-03-0%d\","
            + "\"title\":\"Ferry Norrvik aground off Skelby (%d)\",\"text\":\"The ferry Norrvik ran aground off"
            + " Skelby with 212 passengers aboard, the Halvard coastguard said. Captain Ilse Brandvoll reported a"
            + " leak in the forward hold; report number %d.\"}";
    private static final String ORCHARD = Fixtures.ORCHARD_JSONL;

    private static final String FERRY_PAGE = "<!doctype html><html><head><title>Norrvik passengers brought ashore"
            + "</title><meta property=\"article:published_time\" content=\"2031-03-03\"></head><body><article>"
            + "<h1>Norrvik passengers brought ashore</h1><p>All 212 passengers of the ferry Norrvik, which ran aground"
            + " off Skelby, were brought ashore by the Halvard coastguard.</p><p>Captain Ilse Brandvoll said the leak"
            + " in the forward hold had been contained.</p></article></body></html>";

    @TempDir
    Path dir;

    @BeforeAll
    static void shareTheTestModels() {
        ExecutorModels.use(ModelConfig.DEFAULT, TestModels.MODELS); // local mode: executors are this JVM
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(in.resolve("ferry-a.jsonl"), String.format(FERRY, 1, 1, 1, 1) + "\n");
        Files.writeString(in.resolve("ferry-b.jsonl"), String.format(FERRY, 2, 2, 2, 2) + "\n" + ORCHARD + "\n");
        WarcFixtures.write(
                in.resolve("crawl.warc.gz"),
                true,
                Instant.parse("2031-03-03T09:00:00Z"),
                Capture.html("https://c.example/norrvik-ashore", FERRY_PAGE));
        Files.writeString(in.resolve("notes.md"), "not an article format: passed over, as ingest does");
        Files.writeString(in.resolve("empty.txt"), "   ");
        return dir.resolve("in");
    }

    private static Set<Set<String>> sources(Store store) {
        java.util.Map<String, String> sourceOf = store.articles().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.article().source()));
        return store.stories().stream()
                .map(StoredStory::articleIds)
                .map(ids -> ids.stream().map(sourceOf::get).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    /** The job on local[1], two partitions, the bundled models; what it prints on stderr goes to {@code err}. */
    private static SparkJob.Result runLocal(String store, Path parquet, List<String> inputs, StringWriter err) {
        return new SparkJob(
                        new SparkJobOptions("local[1]", store, parquet, inputs, 2, ModelConfig.DEFAULT, null),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true))
                .run();
    }

    private static Set<String> reports(Store store) {
        return store.stories().stream().map(StoredStory::reportJson).collect(Collectors.toSet());
    }

    @Test
    void givesTheLocalPipelinesStoriesAndParquetTables() throws IOException {
        Path in = inputs();
        Set<Set<String>> local;
        Set<String> localReports;
        try (Store store = Stores.open(dir.resolve("local"))) {
            new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults())
                    .ingest(DocumentSource.ofPaths(List.of(in), new DocumentReader()), PipelineListener.quiet());
            local = sources(store);
            localReports = reports(store);
        }
        StringWriter err = new StringWriter();
        SparkJob.Result result =
                runLocal(dir.resolve("spark").toString(), dir.resolve("parquet"), List.of(in.toString()), err);

        assertThat(result.files()).as("the .md file is passed over").isEqualTo(4);
        assertThat(result.articles())
                .as("two JSON Lines files and a web archive")
                .isEqualTo(4);
        assertThat(result.rejected()).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("empty.txt");
        try (Store store = Stores.open(dir.resolve("spark"))) {
            assertThat(sources(store)).isEqualTo(local).hasSize(2);
            assertThat(reports(store))
                    .as("the stories consolidated on the executors read as the local pipeline's")
                    .isEqualTo(localReports);
        }
        for (String table : List.of("articles", "stories", "facts", "quotes")) {
            assertThat(dir.resolve("parquet").resolve(table).resolve("_SUCCESS"))
                    .exists();
        }
        try (Stream<Path> parts = Files.list(dir.resolve("parquet/articles"))) {
            assertThat(parts.filter(p -> p.toString().endsWith(".parquet"))).isNotEmpty();
        }
    }

    @Test
    void readsInputsNamedByAFileSystemUriThroughHadoopAndNamesTheirDocumentsSo() throws IOException {
        Path in = inputs();
        StringWriter err = new StringWriter();
        SparkJob.Result result = runLocal(
                dir.resolve("spark-uri").toString(),
                null,
                List.of(in.toUri().toString(), "file:///no/such/newsfuse-input/"),
                err);

        assertThat(result.files()).as("the .md file is passed over").isEqualTo(4);
        assertThat(result.articles()).as(err.toString()).isEqualTo(4);
        assertThat(result.rejected()).as(err.toString()).isEqualTo(2);
        assertThat(err.toString())
                .as("a file read from a copy is named by its URI")
                .containsPattern("rejected file:/\\S*/in/nested/empty.txt: ")
                .contains("file:///no/such/newsfuse-input/: no such file or folder");
        try (Store store = Stores.open(dir.resolve("spark-uri"))) {
            assertThat(store.articles())
                    .extracting(a -> a.article().source())
                    .as("records name their own address, never the executor's copy")
                    .contains("https://a.example/ferry-1")
                    .noneMatch(source -> source.contains("newsfuse-input"));
            assertThat(store.stories()).hasSize(2);
        }
    }
}
