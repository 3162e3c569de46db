package io.newsfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.store.Stores;
import io.newsfuse.support.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReplicatorTest {
    private static final LocalDate DAY = LocalDate.of(2030, 3, 2);

    @TempDir
    Path tmp;

    private static AnalyzedArticle article(String id, String text) {
        Article a = new Article(
                id,
                "/news/" + id + ".txt",
                "Dam gates opened",
                text,
                DAY,
                Article.DateOrigin.METADATA,
                "en",
                "tidings.example",
                List.of(),
                OffsetMap.identity(text.length()));
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), new float[] {1, 0});
    }

    @Test
    void copiesWholeStoriesUnderNewIdsAndLaterDatesUntilTheStoreIsBigEnough() {
        try (Store source = Stores.open(tmp.resolve("source"));
                Store target = Stores.open(tmp.resolve("target"))) {
            source.saveArticles(List.of(
                    article("00000000000000a1", "The Tarn dam gates opened at dawn."),
                    article("00000000000000a2", "Engineers opened the Tarn dam gates.")));
            List<StoryReport.ArticleInfo> infos = List.of(
                    new StoryReport.ArticleInfo(
                            "00000000000000a1",
                            "/news/a1.txt",
                            "Dam gates opened",
                            "tidings.example",
                            "en",
                            DAY,
                            "metadata",
                            null),
                    new StoryReport.ArticleInfo(
                            "00000000000000a2",
                            "/news/a2.txt",
                            "Dam gates opened",
                            "tidings.example",
                            "en",
                            DAY,
                            "metadata",
                            null));
            StoryReport report = new StoryReport(
                    "00000000000000s1",
                    "Dam gates opened",
                    DAY,
                    DAY,
                    infos,
                    2,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
            source.saveStories(
                    List.of(new StoredStory(
                            "00000000000000s1",
                            "Dam gates opened",
                            List.of("00000000000000a1", "00000000000000a2"),
                            Json.write(report))),
                    java.util.Map.of());

            StoreReplicator.Result result = new StoreReplicator(10).replicate(source, target, 5);

            assertThat(result.articles()).isEqualTo(6);
            assertThat(result.stories()).isEqualTo(3);
            assertThat(target.articles()).hasSize(6);
            assertThat(target.articles())
                    .extracting(a -> a.article().published())
                    .containsExactlyInAnyOrder(
                            DAY, DAY, DAY.plusDays(10), DAY.plusDays(10), DAY.plusDays(20), DAY.plusDays(20));
            List<StoredStory> stories = target.stories();
            assertThat(stories).extracting(StoredStory::id).doesNotHaveDuplicates();
            for (StoredStory s : stories) {
                StoryReport copy = Json.read(s.reportJson(), StoryReport.class);
                assertThat(copy.id()).isEqualTo(s.id());
                assertThat(copy.articles())
                        .extracting(StoryReport.ArticleInfo::id)
                        .containsExactlyElementsOf(s.articleIds());
                LocalDate published = target.article(s.articleIds().get(0))
                        .orElseThrow()
                        .article()
                        .published();
                assertThat(copy.firstDate()).isEqualTo(published);
            }
        }
    }
}
