package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Rarity;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.entities.EntityMention;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteOccurrence;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.store.ArticleListing;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The serving catalog over a small in-memory store of two fictional stories. */
class CatalogTest {
    private static final String TEXT = "Harbour master Ines Okafor closed the Wend quay on Tuesday.";

    private static AnalyzedArticle article(String id, String title, LocalDate day, float[] vector) {
        Article a = new Article(
                id,
                "/news/" + id + ".txt",
                title,
                TEXT,
                day,
                Article.DateOrigin.METADATA,
                "en",
                "tidings.example",
                List.of(),
                OffsetMap.identity(TEXT.length()));
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), vector);
    }

    /** The articles' own titles, as a story's report lists them; an article not here is titled as its story. */
    private static final Map<String, String> ARTICLE_TITLES = Map.of("a2", "Quay closure strands ferries");

    private static StoredStory story(
            String id, String title, LocalDate day, List<String> articleIds, Entity... entities) {
        List<StoryReport.ArticleInfo> infos = articleIds.stream()
                .map(a -> new StoryReport.ArticleInfo(
                        a,
                        "/news/" + a + ".txt",
                        ARTICLE_TITLES.getOrDefault(a, title),
                        "tidings.example",
                        "en",
                        day,
                        "metadata",
                        null))
                .toList();
        StoryReport report = new StoryReport(
                id,
                title,
                day,
                day.plusDays(1),
                infos,
                articleIds.size(),
                List.of(),
                List.of(entities),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return new StoredStory(id, title, articleIds, Json.write(report));
    }

    private static Entity okafor(String article) {
        return new Entity(
                "e1",
                "Ines Okafor",
                "PERSON",
                List.of("Harbour master Okafor"),
                List.of(new EntityMention(article, "Ines Okafor", 15, 26)));
    }

    /** A store holding the given articles and stories, counting how often an article is read. */
    private static final class MemoryStore implements Store {
        final Map<String, AnalyzedArticle> articles = new LinkedHashMap<>();
        final List<StoredStory> stories = new ArrayList<>();
        int reads;
        boolean listedAll;

        @Override
        public boolean contains(String articleId) {
            return articles.containsKey(articleId);
        }

        @Override
        public void saveArticles(Collection<AnalyzedArticle> saved) {
            saved.forEach(a -> articles.putIfAbsent(a.id(), a));
        }

        @Override
        public List<AnalyzedArticle> articles() {
            listedAll = true;
            return List.copyOf(articles.values());
        }

        @Override
        public Optional<AnalyzedArticle> article(String id) {
            reads++;
            return Optional.ofNullable(articles.get(id));
        }

        @Override
        public List<AnalyzedArticle> articles(Collection<String> ids) {
            reads += ids.size();
            return ids.stream().filter(articles::containsKey).map(articles::get).toList();
        }

        @Override
        public List<String> articleIdsBySource(String source) {
            return List.of();
        }

        void replaceStories(List<StoredStory> replaced) {
            stories.clear();
            stories.addAll(replaced);
        }

        @Override
        public int articleCount() {
            return articles.size();
        }

        @Override
        public Map<String, ArticleFeatures> features(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Rarity rarity() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> unassignedArticleIds() {
            return List.of();
        }

        @Override
        public Map<String, String> storyIdsOf(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> storyMembers(String storyId) {
            return stories.stream()
                    .filter(s -> s.id().equals(storyId))
                    .findFirst()
                    .map(StoredStory::articleIds)
                    .orElse(List.of());
        }

        @Override
        public Optional<StoredStory> story(String id) {
            return stories.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public Optional<String> currentStoryId(String id) {
            return story(id).map(StoredStory::id);
        }

        @Override
        public void saveStories(Collection<StoredStory> saved, Map<String, String> merged) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearStories() {
            stories.clear();
        }

        @Override
        public List<StoredStory> stories() {
            return List.copyOf(stories);
        }

        @Override
        public List<String> search(String query, int limit) {
            return List.of();
        }

        @Override
        public void close() {}
    }

    private static MemoryStore quayStore() {
        MemoryStore store = new MemoryStore();
        LocalDate june = LocalDate.of(2030, 6, 4);
        store.saveArticles(List.of(
                article("a1", "Wend quay closed", june, new float[] {1, 0}),
                article("a2", "Quay closure strands ferries", june, new float[] {0.8f, 0.6f}),
                article("b1", "Lantern festival returns", june.plusDays(30), new float[] {0, 1})));
        store.replaceStories(List.of(
                story("s1", "Wend quay closed", june, List.of("a1", "a2"), okafor("a1")),
                story("s2", "Lantern festival returns", june.plusDays(30), List.of("b1"))));
        return store;
    }

    @Test
    void loadsListDataWithoutReadingEveryFullArticleAtOnce() {
        MemoryStore store = quayStore();
        Catalog catalog = Catalog.load(store);
        assertThat(store.listedAll)
                .as("never asks for every full article at once")
                .isFalse();
        assertThat(catalog.storyCount()).isEqualTo(2);
        assertThat(catalog.articles()).extracting(ArticleListing::id).containsExactlyInAnyOrder("a1", "a2", "b1");
        assertThat(catalog.article("a2").orElseThrow().vector()).containsExactly(0.8f, 0.6f);
    }

    @Test
    void aReloadReadsOnlyTheArticlesItDidNotHoldYet() {
        MemoryStore store = quayStore();
        Catalog first = Catalog.load(store);
        store.saveArticles(List.of(article("c1", "Quay reopens", LocalDate.of(2030, 6, 9), new float[] {1, 0})));
        List<StoredStory> stories = new ArrayList<>(store.stories());
        stories.add(story("s3", "Quay reopens", LocalDate.of(2030, 6, 9), List.of("c1")));
        store.replaceStories(stories);
        store.reads = 0;
        Catalog second = Catalog.load(store, first);
        assertThat(store.reads).isEqualTo(1);
        assertThat(second.storyRefsOf("c1")).extracting(StoryRef::title).containsExactly("Quay reopens");
    }

    @Test
    void aStoryIsAnsweredAsTheStoredJsonAndItsNamesOfArticleItemsAreKept() {
        MemoryStore store = quayStore();
        Catalog catalog = Catalog.load(store);
        String stored = store.stories().get(0).reportJson();
        assertThat(new String(catalog.reportJson("s1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(stored);
        assertThat(catalog.reportJson("nope")).isEmpty();
        assertThat(catalog.labelsOf("a1")).hasSize(1);
        assertThat(SpanLabels.entity(catalog.labelsOf("a1"), 15, 26))
                .as("the story's name for the mention at 15-26 of a1")
                .isEqualTo(new SpanLabels.EntityLabel("Ines Okafor", "PERSON"));
        assertThat(SpanLabels.entity(catalog.labelsOf("a1"), 15, 25)).isNull();
        assertThat(catalog.labelsOf("a2")).as("a2 has no named items").isEmpty();
    }

    @Test
    void filtersByDateLanguageNameAndTitleWords() {
        Catalog catalog = Catalog.load(quayStore());
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, null, 1, 50)))
                .containsExactly("Wend quay closed", "Lantern festival returns");
        assertThat(titles(catalog, new StoryFilter(LocalDate.of(2030, 7, 1), null, null, null, null, 1, 50)))
                .containsExactly("Lantern festival returns");
        assertThat(titles(catalog, new StoryFilter(null, null, null, "okafor", null, 1, 50)))
                .containsExactly("Wend quay closed");
        assertThat(titles(catalog, new StoryFilter(null, null, "strands", null, null, 1, 50)))
                .as("a word of one article's title")
                .containsExactly("Wend quay closed");
        assertThat(catalog.stories(new StoryFilter(null, null, "xylophone", null, null, 1, 50), Set.of("b1"))
                        .stories())
                .extracting(StorySummary::title)
                .as("a full-text hit")
                .containsExactly("Lantern festival returns");
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, "fr", 1, 50)))
                .isEmpty();
        assertThat(catalog.stories(new StoryFilter(null, null, null, null, null, 2, 1), null)
                        .stories())
                .extracting(StorySummary::title)
                .containsExactly("Lantern festival returns");
    }

    @Test
    void filtersBySourcesSiteAndConflictsAndSortsByDate() {
        Catalog catalog = Catalog.load(quayStore());
        StoryFilter.Sort size = StoryFilter.Sort.size;
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, null, null, 2, null, null, size, 1, 50)))
                .containsExactly("Wend quay closed");
        assertThat(titles(
                        catalog, new StoryFilter(null, null, null, null, null, "TIDINGS", 0, null, null, size, 1, 50)))
                .hasSize(2);
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, null, "herald", 0, null, null, size, 1, 50)))
                .isEmpty();
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, null, null, 0, true, null, size, 1, 50)))
                .as("no story has conflicting figures")
                .isEmpty();
        assertThat(titles(catalog, new StoryFilter(null, null, null, null, null, null, 0, false, null, size, 1, 50)))
                .hasSize(2);
        assertThat(titles(
                        catalog,
                        new StoryFilter(
                                null, null, null, null, null, null, 0, null, null, StoryFilter.Sort.date, 1, 50)))
                .as("latest news first")
                .containsExactly("Lantern festival returns", "Wend quay closed");
        assertThat(titles(
                        catalog,
                        new StoryFilter(
                                null, null, null, null, null, null, 0, null, java.time.Instant.EPOCH, size, 1, 50)))
                .as("stories not stored yet have no update time")
                .isEmpty();
    }

    private static List<String> titles(Catalog catalog, StoryFilter filter) {
        return catalog.stories(filter, null).stories().stream()
                .map(StorySummary::title)
                .toList();
    }

    @Test
    void anEntityIsFoundByAnAliasWithItsMentionCountAndStories() {
        Catalog catalog = Catalog.load(quayStore());
        EntityView okafor = catalog.entity("harbour master okafor").orElseThrow();
        assertThat(okafor.name()).isEqualTo("Ines Okafor");
        assertThat(okafor.aliases()).containsExactly("Harbour master Okafor");
        assertThat(okafor.mentions()).isEqualTo(1);
        assertThat(okafor.stories()).extracting(StoryRef::id).containsExactly("s1");
        assertThat(catalog.entity("Okafor"))
                .as("a part of a name is not a name")
                .isEmpty();
    }

    private static StoredStory quoted(String id, String title, Entity person, QuoteGroup... quotes) {
        LocalDate day = LocalDate.of(2030, 6, 4);
        StoryReport report = new StoryReport(
                id,
                title,
                day,
                day,
                List.of(new StoryReport.ArticleInfo(
                        id + "a", "/news/" + id + ".txt", title, "tidings.example", "en", day, "metadata", null)),
                1,
                List.of(),
                List.of(person),
                List.of(),
                List.of(quotes),
                List.of(),
                List.of(),
                List.of());
        return new StoredStory(id, title, List.of(id + "a"), Json.write(report));
    }

    private static Entity person(String name, String article, int mentions) {
        List<EntityMention> named = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            named.add(new EntityMention(article, name, i * 10, i * 10 + 5));
        }
        return new Entity(name, name, "PERSON", List.of("Varga"), named);
    }

    private static QuoteGroup said(String speaker, String words, String article) {
        return new QuoteGroup(
                speaker + words, speaker, List.of(new QuoteOccurrence(article, words, speaker, 0, words.length(), 0)));
    }

    @Test
    void peopleWhoShareASurnameStayApartAndTheirQuotesComeWithThem() {
        MemoryStore store = new MemoryStore();
        store.replaceStories(List.of(
                quoted(
                        "s1",
                        "Ferry inquiry opens",
                        person("Elena Varga", "s1a", 3),
                        said("Elena Varga", "The inquiry will be public.", "s1a"),
                        said("Tom Reed", "I trust Elena Varga to find out.", "s1a"),
                        said("Tom Reed", "The weather was calm.", "s1a")),
                quoted(
                        "s2",
                        "Chess final in Osterby",
                        person("Peter Varga", "s2a", 1),
                        said("Peter Varga", "I played for a draw.", "s2a"))));
        Catalog catalog = Catalog.load(store);

        EntityView elena = catalog.entity("Varga").orElseThrow();
        assertThat(elena.name()).as("the one most named so").isEqualTo("Elena Varga");
        assertThat(elena.stories()).extracting(StoryRef::id).containsExactly("s1");
        assertThat(elena.others()).containsExactly("Peter Varga");
        assertThat(elena.quotes())
                .extracting(EntityView.Quote::text, EntityView.Quote::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("The inquiry will be public.", true),
                        org.assertj.core.groups.Tuple.tuple("I trust Elena Varga to find out.", false));

        EntityView peter = catalog.entity("peter varga").orElseThrow();
        assertThat(peter.stories()).extracting(StoryRef::title).containsExactly("Chess final in Osterby");
        assertThat(peter.quotes()).extracting(EntityView.Quote::text).containsExactly("I played for a draw.");
        assertThat(peter.others()).isEmpty();
    }

    @Test
    void summarisesEachStoryForTheList() {
        StorySummary s = Catalog.load(quayStore())
                .stories(new StoryFilter(null, null, null, null, null, 1, 1), null)
                .stories()
                .get(0);
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.languages()).containsExactly("en");
        assertThat(s.sites()).containsExactly("tidings.example");
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2030, 6, 4));
    }
}
