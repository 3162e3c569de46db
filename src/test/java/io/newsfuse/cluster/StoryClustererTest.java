package io.newsfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
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
}
