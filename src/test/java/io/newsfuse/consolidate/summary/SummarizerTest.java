package io.newsfuse.consolidate.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    private static AnalyzedArticle article(String id, int axis, String text) {
        return Fixtures.article(id, DAY, text, Fixtures.direction(axis, 0.2f), List.of(), List.of());
    }

    @Test
    void everySentenceIsVerbatimFromTheArticleItCitesAndNoneRepeats() {
        var a = article(
                "a",
                0,
                "The reservoir wall gave way late on Tuesday after days of heavy rain. "
                        + "Rescue crews in boats searched the flooded streets of the lower town all night. "
                        + "Short one. "
                        + "The governor promised that every damaged house would be rebuilt before the winter.");
        var b = article(
                "b",
                1,
                "Officials counted forty-one dead by Wednesday evening across the valley towns. "
                        + "More than twelve thousand people were moved to schools and sports halls on higher ground. "
                        + "Engineers had warned the regional council about cracks in the wall for many years.");
        var summary = new Summarizer(2, 10).summarise(List.of(a, b), Set.of("a", "b"));

        assertThat(summary).isNotEmpty();
        for (SummarySentence s : summary) {
            String text =
                    s.article().equals("a") ? a.article().text() : b.article().text();
            assertThat(text).contains(s.text());
            assertThat(text.substring(s.begin(), s.end()).trim()).isEqualTo(s.text());
        }
        assertThat(summary)
                .extracting(SummarySentence::text)
                .doesNotContain("Short one.")
                .doesNotHaveDuplicates();
    }

    @Test
    void copiesAreNotQuotedTwice() {
        var a = article("a", 0, "The reservoir wall gave way late on Tuesday after days of heavy rain.");
        var copy = article("copy", 0, "The reservoir wall gave way late on Tuesday after days of heavy rain.");
        var summary = new Summarizer(1, 10).summarise(List.of(a, copy), Set.of("a"));
        assertThat(summary).extracting(SummarySentence::article).containsExactly("a");
    }
}
