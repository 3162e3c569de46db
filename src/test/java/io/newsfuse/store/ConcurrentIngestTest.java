package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.support.Fixtures;
import io.newsfuse.support.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingests writing one PostgreSQL store at once (two store connections, as two machines would have):
 * every article is stored once and lands in exactly one story, and the reports of one event meet.
 */
class ConcurrentIngestTest {
    private static final String REPORT = "{\"url\":\"https://%s.example/ferry\",\"published\":\"2031-03-0%d\","
            + "\"title\":\"Ferry Norrvik aground off Skelby, %s reports\",\"text\":\"The ferry Norrvik ran aground"
            + " off Skelby with 212 passengers aboard, the Halvard coastguard said. Captain Ilse Brandvoll"
            + " reported a leak in the forward hold, the %s desk wrote.\"}";
    private static final String ORCHARD = Fixtures.ORCHARD_JSONL;

    private final StoreKind kind = StoreKind.postgres();

    @TempDir
    Path dir;

    @AfterEach
    void dropDatabase() throws Exception {
        kind.close();
    }

    @Test
    void twoIngestsOfDisjointHalvesLoseNothingAndDuplicateNothing() throws Exception {
        Path east = dir.resolve("east.jsonl");
        Path west = dir.resolve("west.jsonl");
        Files.writeString(
                east,
                String.join("\n", String.format(REPORT, "a", 2, "a", "a"), String.format(REPORT, "c", 3, "c", "c")));
        Files.writeString(
                west,
                String.join(
                        "\n",
                        String.format(REPORT, "b", 2, "b", "b"),
                        ORCHARD,
                        String.format(REPORT, "e", 4, "e", "e")));
        try (Store one = kind.open();
                Store two = kind.open();
                ExecutorService machines = Executors.newFixedThreadPool(2)) {
            List<Future<IngestResult>> runs = new ArrayList<>();
            for (var job : List.of(java.util.Map.entry(one, east), java.util.Map.entry(two, west))) {
                Pipeline pipeline = new Pipeline(
                        TestModels.MODELS,
                        job.getKey(),
                        PipelineOptions.defaults().withThreads(1));
                runs.add(machines.submit(() -> pipeline.ingest(
                        DocumentSource.ofPaths(List.of(job.getValue()), new DocumentReader()),
                        PipelineListener.quiet())));
            }
            for (Future<IngestResult> run : runs) {
                run.get();
            }
            assertThat(one.articleCount()).isEqualTo(5);
            assertThat(one.unassignedArticleIds()).isEmpty();
            List<String> placed = new ArrayList<>();
            two.stories().forEach(s -> placed.addAll(s.articleIds()));
            assertThat(placed).hasSize(5).doesNotHaveDuplicates();
            assertThat(two.stories())
                    .extracting(s -> s.articleIds().size())
                    .as("the four ferry reports in one story, the orchard in another")
                    .containsExactlyInAnyOrder(4, 1);
        }
    }
}
