package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsfuse.analyze.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The {@link Store} contract, checked on every kind of store (see {@link StoreKind}). */
class StoreContractTest {
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

    @EveryStore
    void savedArticleReadsBackWithEveryField(StoreKind kind) {
        AnalyzedArticle flood = Fixtures.flood();
        try (Store store = kind.open()) {
            store.saveArticles(List.of(flood));
            AnalyzedArticle read = store.article(flood.id()).orElseThrow();

            assertThat(read)
                    .usingRecursiveComparison()
                    .withEqualsForType(StoreContractTest::close, float[].class)
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
                    .withEqualsForType(StoreContractTest::close, float[].class)
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

    @EveryStore
    void listingsGiveWhatListsShowWithoutTheAnalysis(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(undated, strike, bridge));
            Map<String, ArticleListing> listed = store.listings(List.of(strike.id(), undated.id(), "unknown"));

            assertThat(listed).containsOnlyKeys(strike.id(), undated.id());
            ArticleListing s = listed.get(strike.id());
            assertThat(s.title()).isEqualTo(strike.article().title());
            assertThat(s.source()).isEqualTo(strike.article().source());
            assertThat(s.site()).isEqualTo(strike.article().site());
            assertThat(s.published()).isEqualTo(strike.article().published());
            assertThat(s.vector()).hasSameSizeAs(strike.vector());
            assertThat(listed.get(undated.id()).published()).isNull();
        }
    }

    @EveryStore
    void textsAloneAreReadForTheStoredArticlesAmongTheIds(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(undated, strike, bridge));
            Map<String, String> texts = store.articleTexts(List.of(strike.id(), "unknown", bridge.id()));

            assertThat(texts).containsOnlyKeys(strike.id(), bridge.id());
            assertThat(texts.get(strike.id())).isEqualTo(strike.article().text());
            assertThat(store.articleTexts(List.of())).isEmpty();
        }
    }

    @EveryStore
    void articlesComeOldestFirstWithUndatedLast(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(undated, strike, bridge));
            assertThat(store.articles())
                    .extracting(AnalyzedArticle::id)
                    .containsExactly(bridge.id(), strike.id(), undated.id());
        }
    }

    @EveryStore
    void savingTheSameArticlesTwiceKeepsOneCopy(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(bridge, strike));
            store.saveArticles(List.of(strike, bridge, bridge));

            assertThat(store.articles()).extracting(AnalyzedArticle::id).containsExactly(bridge.id(), strike.id());
            assertThat(store.search("dockworkers", 10)).containsExactly(strike.id());
        }
    }

    @EveryStore
    void containsAndLookupBySource(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(bridge, strike));
            assertThat(store.contains(bridge.id())).isTrue();
            assertThat(store.contains("0000000000000000")).isFalse();
            assertThat(store.article("0000000000000000")).isEmpty();
            assertThat(store.articleIdsBySource("https://example.org/strike")).containsExactly(strike.id());
            assertThat(store.articleIdsBySource("/nowhere")).isEmpty();
        }
    }

    @EveryStore
    void failedBatchLeavesEarlierArticlesAndAddsNothing(StoreKind kind) {
        try (Store store = kind.open()) {
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

    @EveryStore
    void failedStoryWriteKeepsThePreviousStories(StoreKind kind) {
        try (Store store = kind.open()) {
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

    @EveryStore
    void storiesGrowInPlaceAndListLargestFirst(StoreKind kind) {
        try (Store store = kind.open()) {
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

    @EveryStore
    void aMergedStoryAnswersUnderTheSurvivor(StoreKind kind) {
        try (Store store = kind.open()) {
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
        try (Store store = kind.open()) {
            assertThat(store.currentStoryId("young"))
                    .as("aliases survive reopening")
                    .contains("old");
        }
    }

    @EveryStore
    void clusteringFeaturesAndRarityComeFromTheStore(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(bridge, strike, Fixtures.flood()));
            var features = store.features(List.of(bridge.id(), "unknown"));
            assertThat(features).containsOnlyKeys(bridge.id());
            assertThat(features.get(bridge.id()).vector()).hasSameSizeAs(bridge.vector());
            assertThat(store.rarity().articles()).isEqualTo(3);
            assertThat(store.articleCount()).isEqualTo(3);
        }
    }

    @EveryStore
    void searchFindsByTextAndByTitle(StoreKind kind) {
        try (Store store = kind.open()) {
            store.saveArticles(List.of(bridge, strike, Fixtures.flood()));
            assertThat(store.search("pier", 10)).containsExactly(bridge.id());
            assertThat(store.search("reopens", 10)).containsExactly(bridge.id());
            assertThat(store.search("Velmora baker", 10))
                    .containsExactly(Fixtures.flood().id());
            assertThat(store.search("walk out", 1)).containsExactly(strike.id());
        }
    }

    @EveryStore
    void reopeningKeepsArticlesStoriesAndIndex(StoreKind kind) {
        StoredStory story = new StoredStory("s1", "Strike", List.of(strike.id()), "{}");
        try (Store store = kind.open()) {
            store.saveArticles(List.of(Fixtures.flood(), strike));
            store.saveStories(List.of(story), Map.of());
        }
        try (Store store = kind.open()) {
            assertThat(store.articles()).hasSize(2);
            assertThat(store.article(Fixtures.flood().id()).orElseThrow())
                    .usingRecursiveComparison()
                    .withEqualsForType(StoreContractTest::close, float[].class)
                    .isEqualTo(Fixtures.flood());
            assertThat(store.stories())
                    .extracting(StoredStory::id, StoredStory::articleIds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(story.id(), story.articleIds()));
            assertThat(store.search("indefinite", 5)).containsExactly(strike.id());
        }
    }

    @EveryStore
    void closedStoreRefusesWorkWithAClearMessage(StoreKind kind) {
        Store store = kind.open();
        store.saveArticles(List.of(bridge));
        store.close();
        store.close();

        assertThatThrownBy(() -> store.saveArticles(List.of(strike)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.search("pier", 3)).isInstanceOf(StoreException.class);
        try (Store reopened = kind.open()) {
            assertThat(reopened.articles()).extracting(AnalyzedArticle::id).containsExactly(bridge.id());
        }
    }

    @EveryStore
    void concurrentSavesAllLand(StoreKind kind) throws Exception {
        List<AnalyzedArticle> batch = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> Fixtures.plain(
                        "/data/n" + i + ".txt",
                        "Notice " + i,
                        "Harbour notice number " + i + " about berth allocation.",
                        LocalDate.of(2031, 6, 1 + i % 28)))
                .toList();
        try (Store store = kind.open();
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

    @EveryStore
    void similarArticlesShareRareTermsWithinTheWindow(StoreKind kind) {
        AnalyzedArticle first = Fixtures.plain(
                "/data/ferry-1.txt",
                "Ferry aground",
                "The ferry Norrvik ran aground with 212 passengers and 4051 tonnes of cargo.",
                LocalDate.of(2031, 3, 2));
        AnalyzedArticle second = Fixtures.plain(
                "/data/ferry-2.txt",
                "Passengers rescued",
                "All 212 passengers of the Norrvik and its 4051 tonnes were brought ashore.",
                LocalDate.of(2031, 3, 4));
        AnalyzedArticle yearLater = Fixtures.plain(
                "/data/ferry-3.txt",
                "Anniversary",
                "A year after the 212 passengers and 4051 tonnes of the Norrvik came ashore.",
                LocalDate.of(2032, 6, 1));
        AnalyzedArticle undatedNote =
                Fixtures.plain("/data/ferry-4.txt", null, "Notes on the Norrvik: 212 passengers, 4051 tonnes.", null);
        try (Store store = kind.open()) {
            store.saveArticles(List.of(first, second, yearLater, undatedNote, bridge, strike, Fixtures.flood()));
            var features = store.features(List.of(first.id()));

            assertThat(store.similarArticles(features.get(first.id()), 30, 10))
                    .contains(second.id(), undatedNote.id())
                    .doesNotContain(first.id(), yearLater.id(), bridge.id(), strike.id());
            assertThat(store.similarArticles(features.get(first.id()), 1000, 10))
                    .contains(yearLater.id());
            var rarity = store.rarity();
            assertThat(rarity.articles()).isEqualTo(7);
            assertThat(rarity.keyFrequency("#212")).isEqualTo(4);
            assertThat(rarity.keyFrequency("#999")).isZero();
            assertThat(rarity.wordFrequency("norrvik")).isEqualTo(4);
        }
    }

    @EveryStore
    void searchFoldsAccentsAndReadsPhrases(StoreKind kind) {
        AnalyzedArticle zurich = Fixtures.plain(
                "/data/zurich.txt", "Tram strike in Zürich", "Trams stood still across Zürich on Monday.", null);
        try (Store store = kind.open()) {
            store.saveArticles(List.of(zurich, bridge, strike));
            assertThat(store.search("zurich", 10)).containsExactly(zurich.id());
            assertThat(store.search("\"river bridge\"", 10)).containsExactly(bridge.id());
            assertThat(store.search("\"bridge river\"", 10)).isEmpty();
            assertThat(store.search("   ", 10)).isEmpty();
            assertThat(store.search("?!", 10)).isEmpty();
        }
    }

    @EveryStore
    void storeLockCanBeTakenAgainByItsHolder(StoreKind kind) {
        try (Store store = kind.open()) {
            try (Store.StoryLock outer = store.lockStories();
                    Store.StoryLock inner = store.lockStories()) {
                store.saveArticles(List.of(bridge));
            }
            try (Store.StoryLock again = store.lockStories()) {
                assertThat(store.contains(bridge.id())).isTrue();
            }
        }
    }
}
