package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsfuse.analyze.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    @TempDir
    Path dir;

    private final AnalyzedArticle bridge = Fixtures.plain(
            "/data/bridge.txt",
            "Bridge reopens in Korvath",
            "The Korvath river bridge reopened after repairs to its northern pier.",
            LocalDate.of(2031, 3, 2));
    private final AnalyzedArticle strike = Fixtures.plain(
            "https://example.org/strike",
            "Dockworkers walk out",
            "Dockworkers at the port of Semmet began an indefinite strike over pay.",
            LocalDate.of(2031, 5, 1));
    private final AnalyzedArticle undated =
            Fixtures.plain("/data/notes.txt", null, "A council meeting discussed the harbour budget.", null);

    @Test
    void savedArticleReadsBackWithEveryField() {
        AnalyzedArticle flood = Fixtures.flood();
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(flood));
            AnalyzedArticle read = store.article(flood.id()).orElseThrow();

            assertThat(read)
                    .usingRecursiveComparison()
                    .withEqualsForType(SqliteStoreTest::close, float[].class)
                    .isEqualTo(flood);
            assertThat(read.vector())
                    .as("vectors are kept at half precision")
                    .containsExactly(flood.vector(), within(1e-3f));
            assertThat(read.sentences().get(0).vector()).containsExactly(new float[] {0.6f, 0.8f, 0f}, within(1e-3f));
            assertThat(read.figures().get(0).high()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(read.figures().get(0).authority()).isNull();
            assertThat(read.times().get(0).date()).isEqualTo(LocalDate.of(2031, 4, 7));
            assertThat(read.article().offsets().toOriginal(45))
                    .isEqualTo(flood.article().offsets().toOriginal(45));
            assertThat(store.articles())
                    .singleElement()
                    .usingRecursiveComparison()
                    .withEqualsForType(SqliteStoreTest::close, float[].class)
                    .isEqualTo(flood);
        }
    }

    /** Vectors equal to half precision. */
    private static boolean close(float[] a, float[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-3f) {
                return false;
            }
        }
        return true;
    }

    @Test
    void articlesComeOldestFirstWithUndatedLast() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(undated, strike, bridge));
            assertThat(store.articles())
                    .extracting(AnalyzedArticle::id)
                    .containsExactly(bridge.id(), strike.id(), undated.id());
        }
    }

    @Test
    void savingTheSameArticlesTwiceKeepsOneCopy() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike));
            store.saveArticles(List.of(strike, bridge, bridge));

            assertThat(store.articles()).extracting(AnalyzedArticle::id).containsExactly(bridge.id(), strike.id());
            assertThat(store.search("dockworkers", 10)).containsExactly(strike.id());
        }
    }

    @Test
    void containsAndLookupBySource() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike));
            assertThat(store.contains(bridge.id())).isTrue();
            assertThat(store.contains("0000000000000000")).isFalse();
            assertThat(store.article("0000000000000000")).isEmpty();
            assertThat(store.articleIdsBySource("https://example.org/strike")).containsExactly(strike.id());
            assertThat(store.articleIdsBySource("/nowhere")).isEmpty();
        }
    }

    @Test
    void failedBatchLeavesEarlierArticlesAndAddsNothing() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge));
            AnalyzedArticle broken =
                    new AnalyzedArticle(null, List.of(), List.of(), List.of(), List.of(), List.of(), null);

            assertThatThrownBy(() -> store.saveArticles(List.of(strike, broken)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("rolled back");

            assertThat(store.articles()).extracting(AnalyzedArticle::id).containsExactly(bridge.id());
            assertThat(store.search("dockworkers", 10)).isEmpty();
            store.saveArticles(List.of(strike));
            assertThat(store.contains(strike.id())).isTrue();
        }
    }

    @Test
    void failedStoryWriteKeepsThePreviousStories() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike));
            store.saveStories(List.of(new StoredStory("s-old", "Bridge", List.of(bridge.id()), "{\"n\":1}")), Map.of());
            StoredStory dangling = new StoredStory("s-bad", "Ghost", List.of("not-stored"), "{}");

            assertThatThrownBy(() -> store.saveStories(
                            List.of(new StoredStory("s-new", "Strike", List.of(strike.id()), "{}"), dangling),
                            Map.of()))
                    .isInstanceOf(StoreException.class);

            assertThat(store.stories()).extracting(StoredStory::id).containsExactly("s-old");
            assertThat(store.unassignedArticleIds()).containsExactly(strike.id());
        }
    }

    @Test
    void storiesGrowInPlaceAndListLargestFirst() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike, undated));
            store.saveStories(List.of(new StoredStory("s1", "Port", List.of(strike.id()), "{\"v\":1}")), Map.of());
            String created = store.story("s1").orElseThrow().created();

            store.saveStories(
                    List.of(
                            new StoredStory("s1", "Port", List.of(strike.id(), bridge.id()), "{\"v\":2}"),
                            new StoredStory("s2", "Harbour", List.of(undated.id()), "{\"v\":3}")),
                    Map.of());

            assertThat(store.stories()).extracting(StoredStory::id).containsExactly("s1", "s2");
            StoredStory grown = store.story("s1").orElseThrow();
            assertThat(grown.articleIds()).containsExactly(strike.id(), bridge.id());
            assertThat(grown.reportJson()).isEqualTo("{\"v\":2}");
            assertThat(grown.created()).isEqualTo(created);
            assertThat(store.storyIdsOf(List.of(bridge.id(), undated.id())))
                    .containsEntry(bridge.id(), "s1")
                    .containsEntry(undated.id(), "s2");
            assertThat(store.unassignedArticleIds()).isEmpty();
        }
    }

    @Test
    void aMergedStoryAnswersUnderTheSurvivor() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike, undated));
            store.saveStories(
                    List.of(
                            new StoredStory("old", "Port", List.of(strike.id()), "{}"),
                            new StoredStory("young", "Pier", List.of(bridge.id()), "{}")),
                    Map.of());
            store.saveStories(
                    List.of(new StoredStory("young", "Pier", List.of(bridge.id(), undated.id()), "{}")), Map.of());

            store.saveStories(
                    List.of(new StoredStory("old", "Port", List.of(strike.id(), bridge.id(), undated.id()), "{}")),
                    Map.of("young", "old"));

            assertThat(store.currentStoryId("young")).contains("old");
            assertThat(store.story("young").orElseThrow().id()).isEqualTo("old");
            assertThat(store.stories()).extracting(StoredStory::id).containsExactly("old");
            assertThat(store.currentStoryId("never")).isEmpty();
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.currentStoryId("young"))
                    .as("aliases survive reopening")
                    .contains("old");
        }
    }

    @Test
    void clusteringFeaturesAndRarityComeFromTheStore() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike, Fixtures.flood()));
            var features = store.features(List.of(bridge.id(), "unknown"));
            assertThat(features).containsOnlyKeys(bridge.id());
            assertThat(features.get(bridge.id()).vector()).hasSameSizeAs(bridge.vector());
            assertThat(store.rarity().articles()).isEqualTo(3);
            assertThat(store.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void searchFindsByTextAndByTitle() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike, Fixtures.flood()));
            assertThat(store.search("pier", 10)).containsExactly(bridge.id());
            assertThat(store.search("reopens", 10)).containsExactly(bridge.id());
            assertThat(store.search("Velmora baker", 10))
                    .containsExactly(Fixtures.flood().id());
            assertThat(store.search("walk out", 1)).containsExactly(strike.id());
        }
    }

    @Test
    void reopeningKeepsArticlesStoriesAndIndex() {
        StoredStory story = new StoredStory("s1", "Strike", List.of(strike.id()), "{}");
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(Fixtures.flood(), strike));
            store.saveStories(List.of(story), Map.of());
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.articles()).hasSize(2);
            assertThat(store.article(Fixtures.flood().id()).orElseThrow())
                    .usingRecursiveComparison()
                    .withEqualsForType(SqliteStoreTest::close, float[].class)
                    .isEqualTo(Fixtures.flood());
            assertThat(store.stories())
                    .extracting(StoredStory::id, StoredStory::articleIds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(story.id(), story.articleIds()));
            assertThat(store.search("indefinite", 5)).containsExactly(strike.id());
        }
    }

    @Test
    void deletedIndexIsRebuiltOnOpen() throws IOException {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike));
        }
        deleteTree(dir.resolve(SqliteStore.INDEX_DIR));

        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.search("Semmet", 10)).containsExactly(strike.id());
            assertThat(store.search("Korvath", 10)).containsExactly(bridge.id());
        }
    }

    @Test
    void corruptIndexIsRebuiltOnOpen() throws IOException {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge));
        }
        try (Stream<Path> files = Files.list(dir.resolve(SqliteStore.INDEX_DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "garbage");
            }
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.search("pier", 10)).containsExactly(bridge.id());
        }
    }

    @Test
    void closedStoreRefusesWorkWithAClearMessage() {
        SqliteStore store = SqliteStore.open(dir);
        store.saveArticles(List.of(bridge));
        store.close();
        store.close();

        assertThatThrownBy(() -> store.saveArticles(List.of(strike)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.search("pier", 3)).isInstanceOf(StoreException.class);
        try (SqliteStore reopened = SqliteStore.open(dir)) {
            assertThat(reopened.articles()).extracting(AnalyzedArticle::id).containsExactly(bridge.id());
        }
    }

    @Test
    void databaseUsesWriteAheadLogging() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.DATABASE_FILE));
                var st = c.createStatement();
                var rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void concurrentSavesAllLand() throws Exception {
        List<AnalyzedArticle> batch = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> Fixtures.plain(
                        "/data/n" + i + ".txt",
                        "Notice " + i,
                        "Harbour notice number " + i + " about berth allocation.",
                        LocalDate.of(2031, 6, 1 + i % 28)))
                .toList();
        try (SqliteStore store = SqliteStore.open(dir);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (AnalyzedArticle a : batch) {
                futures.add(pool.submit(() -> store.saveArticles(List.of(a, batch.get(0)))));
                futures.add(pool.submit(() -> store.search("berth", 5)));
            }
            for (var f : futures) {
                f.get();
            }
            assertThat(store.articles()).hasSize(12);
            assertThat(store.search("berth", 100)).hasSize(12);
        }
    }

    @Test
    void aStoreOpenElsewhereIsReportedNotCorrupted() {
        try (SqliteStore first = SqliteStore.open(dir)) {
            first.saveArticles(List.of(bridge));
            assertThatThrownBy(() -> SqliteStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use");
            first.saveArticles(List.of(strike));
            assertThat(first.search("pier", 5)).containsExactly(bridge.id());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(Files.exists(root)).isFalse();
        assertThat(Arrays.asList(root.getParent().toFile().list()))
                .doesNotContain(root.getFileName().toString());
    }
}
