package io.newsfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.support.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static AnalyzedArticle article(
            String id, LocalDate date, int axis, float wobble, String text, List<String> names) {
        return Fixtures.article(id, date, text, Fixtures.direction(axis, wobble), names, List.of());
    }

    private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    @Test
    void articlesAboutOneEventFormOneStoryAndAnUnrelatedOneStaysApart() {
        var flood1 = article(
                "f1",
                DAY,
                0,
                0.1f,
                "Governor Rustam Khaidarov visited Varna Dolna.",
                List.of("Rustam Khaidarov", "Varna Dolna"));
        var flood2 = article(
                "f2",
                DAY.plusDays(1),
                0,
                0.3f,
                "Khaidarov promised aid to Varna Dolna.",
                List.of("Khaidarov", "Varna Dolna"));
        var flood3 = article("f3", null, 0, 0.2f, "The governor Khaidarov spoke.", List.of("Khaidarov"));
        var match = article("m1", DAY, 4, 0.1f, "Coach Elin Sorvik praised her team.", List.of("Elin Sorvik"));

        List<Story> stories = new StoryClusterer().cluster(List.of(match, flood3, flood2, flood1));

        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).articleIds()).containsExactlyInAnyOrder("f1", "f2", "f3");
        assertThat(stories.get(1).articleIds()).containsExactly("m1");
    }

    @Test
    void theSameNamesOverAYearApartAreAnotherStory() {
        var a = article("a", DAY, 0, 0.1f, "Khaidarov visited Varna Dolna.", List.of("Khaidarov", "Varna Dolna"));
        var b = article(
                "b", DAY.plusDays(400), 0, 0.1f, "Khaidarov visited Varna Dolna.", List.of("Khaidarov", "Varna Dolna"));
        assertThat(new StoryClusterer().cluster(List.of(a, b))).hasSize(2);
    }

    @Test
    void storyIdsDependOnlyOnTheirArticles() {
        var a = article("a", DAY, 0, 0.1f, "Khaidarov visited Varna Dolna.", List.of("Khaidarov"));
        var b = article("b", DAY, 0, 0.2f, "Khaidarov left Varna Dolna.", List.of("Khaidarov"));
        assertThat(new StoryClusterer().cluster(List.of(a, b)).get(0).id())
                .isEqualTo(new StoryClusterer().cluster(List.of(b, a)).get(0).id());
    }

    /** A base holding stories already formed, with articles found by shared keys. */
    private static final class StoredBase implements StoryBase {
        final Map<String, ArticleFeatures> features = new HashMap<>();
        final Map<String, List<String>> stories = new LinkedHashMap<>();
        final Map<String, String> created = new HashMap<>();

        void story(String id, String when, AnalyzedArticle... members) {
            List<String> ids = new ArrayList<>();
            for (AnalyzedArticle a : members) {
                features.put(a.id(), ArticleFeatures.of(a));
                ids.add(a.id());
            }
            stories.put(id, ids);
            created.put(id, when);
        }

        void arriving(AnalyzedArticle a) {
            features.put(a.id(), ArticleFeatures.of(a));
        }

        @Override
        public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
            return new MemoryStoryBase(List.copyOf(features.values())).similarArticles(article, maxDays, limit);
        }

        @Override
        public Map<String, String> storiesOf(List<String> articleIds) {
            Map<String, String> out = new HashMap<>();
            stories.forEach((story, members) ->
                    members.stream().filter(articleIds::contains).forEach(id -> out.put(id, story)));
            return out;
        }

        @Override
        public List<String> members(String storyId) {
            return stories.getOrDefault(storyId, List.of());
        }

        @Override
        public Map<String, ArticleFeatures> features(List<String> articleIds) {
            Map<String, ArticleFeatures> out = new HashMap<>();
            articleIds.forEach(id -> out.put(id, features.get(id)));
            return out;
        }

        @Override
        public Optional<String> created(String storyId) {
            return Optional.ofNullable(created.get(storyId));
        }

        @Override
        public Rarity rarity() {
            return new MemoryStoryBase(List.copyOf(features.values())).rarity();
        }
    }

    @Test
    void aNewArticleJoinsTheStoredStoryItBelongsToWhichKeepsItsId() {
        StoredBase base = new StoredBase();
        base.story(
                "flood",
                "2024-03-12T08:00:00Z",
                article(
                        "f1",
                        DAY,
                        0,
                        0.1f,
                        "Khaidarov visited Varna Dolna.",
                        List.of("Rustam Khaidarov", "Varna Dolna")));
        base.story(
                "match",
                "2024-03-12T09:00:00Z",
                article("m1", DAY, 4, 0.1f, "Sorvik praised her team.", List.of("Elin Sorvik")));
        var followUp = article(
                "f2",
                DAY.plusDays(2),
                0,
                0.2f,
                "Khaidarov promised aid to Varna Dolna.",
                List.of("Khaidarov", "Varna Dolna"));
        base.arriving(followUp);

        Assignment a = new StoryClusterer().assign(List.of(ArticleFeatures.of(followUp)), base);

        assertThat(a.opened()).isEmpty();
        assertThat(a.members()).containsOnlyKeys("flood");
        assertThat(a.members().get("flood")).containsExactly("f1", "f2");
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void storiesAnArticleBridgesMergeAndTheOlderKeepsItsId() {
        StoredBase base = new StoredBase();
        base.story(
                "older",
                "2024-03-12T08:00:00Z",
                article(
                        "a1",
                        DAY,
                        0,
                        0.1f,
                        "Khaidarov visited Varna Dolna.",
                        List.of("Rustam Khaidarov", "Varna Dolna")));
        base.story(
                "younger",
                "2024-03-13T08:00:00Z",
                article(
                        "b1",
                        DAY,
                        0,
                        0.15f,
                        "Khaidarov and Varna Dolna again.",
                        List.of("Rustam Khaidarov", "Varna Dolna")));
        var bridge = article(
                "c1", DAY.plusDays(1), 0, 0.12f, "Khaidarov in Varna Dolna.", List.of("Khaidarov", "Varna Dolna"));
        base.arriving(bridge);

        Assignment a = new StoryClusterer().assign(List.of(ArticleFeatures.of(bridge)), base);

        assertThat(a.merged()).containsExactly(Map.entry("younger", "older"));
        assertThat(a.members()).containsOnlyKeys("older");
        assertThat(a.members().get("older")).containsExactlyInAnyOrder("a1", "b1", "c1");
    }
}
