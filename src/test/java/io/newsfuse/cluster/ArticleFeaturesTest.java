package io.newsfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFeaturesTest {
    private static AnalyzedArticle page(String title, String text, String name) {
        Article a = new Article(
                "p1",
                "/tmp/p1.txt",
                title,
                text,
                LocalDate.of(2031, 5, 2),
                Article.DateOrigin.TEXT,
                "en",
                "Site",
                List.of(),
                OffsetMap.identity(text.length()));
        int at = text.indexOf(name);
        List<Mention> mentions = List.of(new Mention(name, EntityType.PERSON, "PERSON", at, at + name.length(), 0));
        return new AnalyzedArticle(a, List.of(), mentions, List.of(), List.of(), List.of(), new float[] {1, 0});
    }

    @Test
    void aPageWhoseBodyIsFurnitureIsKnownByItsHeadlineAlone() {
        ArticleFeatures f = ArticleFeatures.of(page(
                "Toddler wounded in Marlow Creek shooting",
                "Watch next: Weekend weather with Dana Pell. Vote in our poll about parking meters.",
                "Dana Pell"));

        assertThat(f.words()).containsKeys("toddler", "marlow", "shootin");
        assertThat(f.words()).doesNotContainKeys("weather", "parking");
        assertThat(f.keys()).isEmpty();
    }

    @Test
    void aBodyThatTellsTheHeadlineKeepsItsNamesAndWords() {
        ArticleFeatures f = ArticleFeatures.of(page(
                "Toddler wounded in Marlow Creek shooting",
                "Deputy Dana Pell said the toddler was shot near Marlow Creek on Sunday.",
                "Dana Pell"));

        assertThat(f.words()).containsKeys("toddler", "deputy");
        assertThat(f.keys()).isNotEmpty();
    }
}
