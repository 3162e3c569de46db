package io.newsfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.store.Stores;
import io.newsfuse.support.Fixtures;
import io.newsfuse.support.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories grow in place as articles arrive: ids stay, merges redirect, nothing waits for a rebuild. */
class GrowingStoriesTest {
    private static final String FERRY_1 = "{\"url\":\"https://a.example/ferry-1\",\"published\":\"2031-03-02\","
            + "\"title\":\"Ferry Norrvik runs aground off Skelby\",\"text\":\"The ferry Norrvik ran aground off"
            + " Skelby on Sunday night with 212 passengers aboard, the Halvard coastguard said. Captain Ilse"
            + " Brandvoll reported a leak in the forward hold.\"}";
    private static final String FERRY_2 = "{\"url\":\"https://b.example/ferry-2\",\"published\":\"2031-03-03\","
            + "\"title\":\"Passengers taken off the Norrvik near Skelby\",\"text\":\"Lifeboats of the Halvard"
            + " coastguard took all 212 passengers off the stranded ferry Norrvik near Skelby by Monday morning,"
            + " Captain Ilse Brandvoll said.\"}";
    private static final String FERRY_3 = "{\"url\":\"https://c.example/ferry-3\",\"published\":\"2031-03-05\","
            + "\"title\":\"Inquiry into Norrvik grounding at Skelby\",\"text\":\"The Halvard maritime authority"
            + " opened an inquiry into why the ferry Norrvik left the marked channel near Skelby. Captain Ilse"
            + " Brandvoll will be questioned.\"}";
    private static final String ORCHARD = Fixtures.ORCHARD_JSONL;

    @TempDir
    Path dir;

    private Path jsonl(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static IngestResult ingest(Pipeline pipeline, Path file) {
        return pipeline.ingest(DocumentSource.ofPaths(List.of(file), new DocumentReader()), PipelineListener.quiet());
    }

    private static Map<String, List<String>> byId(Store store) {
        return store.stories().stream().collect(Collectors.toMap(StoredStory::id, StoredStory::articleIds));
    }

    @Test
    void aStoryKeepsItsIdAndArticlesAsItGrows() throws IOException {
        try (Store store = Stores.open(dir.resolve("db"))) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults());
            IngestResult first = ingest(pipeline, jsonl("first.jsonl", FERRY_1, FERRY_2));
            assertThat(first.stories().created()).hasSize(1);
            String ferry = first.stories().created().get(0);
            List<String> before = store.story(ferry).orElseThrow().articleIds();

            IngestResult second = ingest(pipeline, jsonl("second.jsonl", FERRY_3, ORCHARD));

            assertThat(second.stories().changed()).containsExactly(ferry);
            assertThat(second.stories().created()).hasSize(1).doesNotContain(ferry);
            StoredStory grown = store.story(ferry).orElseThrow();
            assertThat(grown.articleIds()).hasSize(3).containsAll(before);
            assertThat(grown.reportJson()).contains("ferry-3");
            assertThat(store.stories()).hasSize(2);
        }
    }

    @Test
    void ingestingTheSameInputAgainChangesNoStory() throws IOException {
        try (Store store = Stores.open(dir.resolve("db"))) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults());
            Path input = jsonl("all.jsonl", FERRY_1, FERRY_2, ORCHARD);
            ingest(pipeline, input);
            Map<String, List<String>> before = byId(store);

            IngestResult again = ingest(pipeline, input);

            assertThat(again.stories().isEmpty()).isTrue();
            assertThat(byId(store)).isEqualTo(before);
        }
    }

    @Test
    void articlesLeftWithoutAStoryByAKilledRunArePlacedByTheNextRun() throws IOException {
        try (Store store = Stores.open(dir.resolve("db"))) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults());
            ingest(pipeline, jsonl("first.jsonl", FERRY_1, FERRY_2));
            // a run killed after storing its articles and before writing its stories leaves them unassigned
            store.saveArticles(List.of(TestModels.MODELS
                    .analyzer()
                    .analyze(pipeline.extractor()
                            .extract(new io.newsfuse.ingest.RawDocument(
                                    "killed-run.txt",
                                    io.newsfuse.ingest.RawDocument.Format.TEXT,
                                    "Inquiry into Norrvik grounding\n\ndate 2031-03-05\n\nThe Halvard maritime"
                                            + " authority opened an inquiry into why the ferry Norrvik left the"
                                            + " channel near Skelby, questioning Captain Ilse Brandvoll.",
                                    null)))));
            assertThat(store.unassignedArticleIds()).hasSize(1);

            StoryChanges changes = pipeline.updateStories(PipelineListener.quiet());

            assertThat(store.unassignedArticleIds()).isEmpty();
            assertThat(changes.changed()).hasSize(1);
            assertThat(store.stories()).hasSize(1);
            assertThat(store.stories().get(0).articleIds()).hasSize(3);
        }
    }

    @Test
    void twoStoriesThatMeetMergeAndTheYoungerIdStillAnswers() throws IOException {
        String wreck = "{\"url\":\"https://e.example/wreck\",\"published\":\"2031-03-02\","
                + "\"title\":\"Wreck sighted off Skelby\",\"text\":\"Divers from Skelby found an old wreck in the"
                + " channel where ferries pass, harbour master Ruth Egelund said.\"}";
        String bridge = "{\"url\":\"https://f.example/bridge\",\"published\":\"2031-03-04\","
                + "\"title\":\"Norrvik hit the old Skelby wreck\",\"text\":\"The ferry Norrvik struck the old wreck"
                + " divers found in the Skelby channel, harbour master Ruth Egelund and Captain Ilse Brandvoll of"
                + " the Halvard coastguard said. The wreck tore the forward hold of the Norrvik off Skelby.\"}";
        try (Store store = Stores.open(dir.resolve("db"))) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults());
            ingest(pipeline, jsonl("first.jsonl", FERRY_1, wreck));
            Map<String, List<String>> before = byId(store);
            IngestResult joined = ingest(pipeline, jsonl("second.jsonl", bridge, FERRY_2, FERRY_3));

            for (var e : joined.stories().merged().entrySet()) {
                assertThat(before).containsKey(e.getKey());
                assertThat(store.currentStoryId(e.getKey())).contains(e.getValue());
                assertThat(store.story(e.getKey()).orElseThrow().articleIds()).containsAll(before.get(e.getKey()));
            }
            for (String id : before.keySet()) {
                assertThat(store.currentStoryId(id))
                        .as("every old id still answers")
                        .isPresent();
            }
        }
    }
}
