package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.ingest.HostileFiles.Expect;
import io.newsfuse.ingest.HostileFiles.Input;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.store.EveryStore;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoreKind;
import io.newsfuse.support.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of one malformed input of every kind, at full size under the default limits (a page nested
 * 100,000 levels deep, a sparse file of 3 GB, a 64 MB gzip bomb), mixed with good articles, through the
 * whole ingest (analysis and store included) on every store: the run completes, each malformed file is
 * named by one clear line, every good article is stored, and running it again stores nothing new.
 */
class HostileCorpusTest {
    @TempDir
    Path dir;

    @EveryStore
    void oneRunOverEveryKindStoresTheGoodArticlesAndNamesTheRest(StoreKind kind) throws Exception {
        HostileFiles files = new HostileFiles(20_261_201L);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, HostileFiles.SECRET);
        List<Input> inputs = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path text = in.resolve("good-" + i + ".txt");
            Files.writeString(text, files.text());
            good.add(text.toString());
        }
        Files.writeString(in.resolve("good.html"), files.html());
        good.add(in.resolve("good.html").toString());
        Files.write(
                in.resolve("good.jsonl"),
                files.jsonLine("https://courier.example/corpus").getBytes(StandardCharsets.UTF_8));
        good.add("https://courier.example/corpus");
        inputs.add(files.truncatedGzip());
        inputs.add(files.truncatedWarc(dir));
        inputs.add(files.invalidUtf8());
        inputs.add(files.binaryAsText());
        inputs.add(files.jsonLines());
        inputs.add(files.feedEntities(secret));
        inputs.add(files.empty());
        inputs.add(files.oddName());
        inputs.add(new Input("very-large", "sparse-3gb.txt", null, 3L << 30, Expect.REJECTED, List.of()));
        inputs.add(files.deepNesting(100_000));
        inputs.add(files.bomb(64));
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path sub = Files.createDirectories(in.resolve("kind-" + i));
            written.add(inputs.get(i).write(sub));
        }
        IngestResult first;
        try (Store store = kind.open()) {
            Pipeline pipeline = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults());
            first = pipeline.ingest(
                    DocumentSource.of(List.of(in.toString()), new DocumentReader()), PipelineListener.quiet());
            for (String source : good) {
                assertThat(store.articleIdsBySource(source))
                        .as("%s is stored", source)
                        .isNotEmpty();
            }
            for (Input input : inputs) {
                for (String keep : input.keeps()) {
                    assertThat(store.articleIdsBySource(keep))
                            .as("%s inside %s is stored", keep, input)
                            .isNotEmpty();
                }
            }
            assertThat(store.unassignedArticleIds()).isEmpty();
            assertThat(store.articles()).noneMatch(a -> a.article().text().contains(HostileFiles.SECRET));
        }
        for (Rejection r : first.rejected()) {
            HostileInputPropertiesTest.assertClear(r, r.source());
        }
        for (int i = 0; i < inputs.size(); i++) {
            String path = written.get(i).toString();
            if (inputs.get(i).expect() == Expect.REJECTED) {
                assertThat(first.rejected())
                        .as("%s is named by a rejection", inputs.get(i))
                        .anyMatch(r -> r.source().equals(path));
            }
        }
        try (Store store = kind.open()) {
            int count = store.articleCount();
            IngestResult again = new Pipeline(TestModels.MODELS, store, PipelineOptions.defaults())
                    .ingest(DocumentSource.of(List.of(in.toString()), new DocumentReader()), PipelineListener.quiet());
            assertThat(again.added()).as("a second run stores nothing new").isZero();
            assertThat(store.articleCount()).isEqualTo(count);
        }
    }
}
