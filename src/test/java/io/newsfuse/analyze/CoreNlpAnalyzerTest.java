package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.support.TestModels;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {
    private static final String TEXT = "Governor Rustam Khaidarov said on Tuesday that 41 people had died after the "
            + "Kesel dam burst near Varna Dolna. \u201cWe will rebuild every home,\u201d Khaidarov told reporters.\n\n"
            + "The Emergency Committee moved about 12,000 residents to schools on higher ground.";

    private final Analyzer analyzer = TestModels.MODELS.analyzer();

    private AnalyzedArticle analyse(LocalDate published) {
        Article article = new Article(
                "a1",
                "/tmp/a1.txt",
                "Dam bursts",
                TEXT,
                published,
                Article.DateOrigin.TEXT,
                "en",
                "Wire",
                List.of(),
                OffsetMap.identity(TEXT.length()));
        return analyzer.analyze(article);
    }

    @Test
    void findsSentencesWithExactOffsets() {
        AnalyzedArticle a = analyse(LocalDate.of(2024, 3, 13));
        assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(3);
        for (Sentence s : a.sentences()) {
            assertThat(TEXT.substring(s.begin(), s.end())).isEqualTo(s.text());
            assertThat(s.vector()).hasSize(384);
        }
        assertThat(a.vector()).hasSize(384);
    }

    @Test
    void findsPeopleAndPlacesButNotPronouns() {
        AnalyzedArticle a = analyse(LocalDate.of(2024, 3, 13));
        assertThat(a.mentions())
                .extracting(Mention::text)
                .contains("Rustam Khaidarov", "Khaidarov")
                .doesNotContain("he", "his");
        assertThat(a.mentions())
                .filteredOn(m -> m.text().equals("Rustam Khaidarov"))
                .extracting(Mention::type)
                .containsOnly(EntityType.PERSON);
        for (Mention m : a.mentions()) {
            assertThat(TEXT.substring(m.begin(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void resolvesRelativeDatesAgainstThePublicationDate() {
        AnalyzedArticle a = analyse(LocalDate.of(2024, 3, 13));
        assertThat(a.times())
                .filteredOn(t -> t.text().contains("Tuesday"))
                .extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2024, 3, 12));
    }

    @Test
    void keepsRelativeDatesUnresolvedWhenTheArticleHasNoDate() {
        AnalyzedArticle a = analyse(null);
        assertThat(a.times())
                .filteredOn(t -> t.text().contains("Tuesday"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.date()).isNull();
                    assertThat(t.timex()).isNotBlank();
                });
    }

    @Test
    void readsFiguresAndQuotes() {
        AnalyzedArticle a = analyse(LocalDate.of(2024, 3, 13));
        assertThat(a.figures()).extracting(Figure::value).contains(41.0, 12000.0);
        assertThat(a.quotes()).extracting(Quote::text).anyMatch(t -> t.contains("rebuild every home"));
    }

    @Test
    void theHeadlineGivesTheCountsTheBodyLeavesOut() {
        String text = "Officers found four victims near the market on Friday night.";
        Article article = new Article(
                "a2",
                "/tmp/a2.txt",
                "One dead, three hurt in Varna Dolna market shooting",
                text,
                LocalDate.of(2024, 5, 4),
                Article.DateOrigin.TEXT,
                "en",
                "Wire",
                List.of(),
                OffsetMap.identity(text.length()));
        AnalyzedArticle a = analyzer.analyze(article);
        assertThat(a.figures())
                .filteredOn(f -> f.begin() < 0)
                .extracting(Figure::value, Figure::measure)
                .contains(org.assertj.core.api.Assertions.tuple(3.0, "injured"));
    }
}
