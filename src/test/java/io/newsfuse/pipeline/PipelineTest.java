package io.newsfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import io.newsfuse.support.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private static final String[] REPORTS = {
        "{\"url\":\"https://a.example/1\",\"title\":\"Ferry runs aground off Skelby\",\"text\":\"The ferry Norrvik ran aground off Skelby on Sunday night with 212 passengers aboard, the coastguard said.\"}",
        "{\"url\":\"https://b.example/2\",\"title\":\"Passengers taken off stranded ferry\",\"text\":\"Lifeboats took all 212 passengers off the stranded ferry Norrvik near Skelby by Monday morning.\"}",
        "{\"url\":\"https://c.example/3\",\"title\":\"Inquiry into Skelby grounding\",\"text\":\"The maritime authority opened an inquiry on Tuesday into why the Norrvik left the marked channel near Skelby.\"}",
    };

    @TempDir
    Path dir;

    @Test
    void inputsAreStoredChunkByChunkAndReadingThemAgainAddsNothing() throws IOException {
        Path input = dir.resolve("wire.jsonl");
        Files.writeString(input, String.join("\n", REPORTS) + "\n");
        try (Store store = Stores.open(dir.resolve("db"))) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, new PipelineOptions(2, 2, 16));
            DocumentSource source = DocumentSource.ofPaths(List.of(input), new DocumentReader());

            IngestResult first = pipeline.ingest(source, PipelineListener.quiet());
            IngestResult again = pipeline.ingest(source, PipelineListener.quiet());

            assertThat(first.added()).isEqualTo(3);
            assertThat(first.articleIds()).hasSize(3);
            assertThat(store.articles()).hasSize(3);
            assertThat(again.added()).isZero();
            assertThat(again.articleIds()).containsExactlyElementsOf(first.articleIds());
        }
    }
}
