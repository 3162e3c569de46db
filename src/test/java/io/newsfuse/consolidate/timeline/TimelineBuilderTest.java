package io.newsfuse.consolidate.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.TimeMention;
import io.newsfuse.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 13);

    @Test
    void relativeDatesOfAnUndatedArticleAreResolvedAgainstTheStoryDate() {
        String dated = "The wall broke on Tuesday. Crews kept searching.";
        String undated = "Since Tuesday the town has been under water. Rain began on March 2.";
        var a = Fixtures.article(
                "dated",
                WEDNESDAY,
                dated,
                new float[0],
                List.of(),
                List.of(new TimeMention("on Tuesday", "XXXX-WXX-2", LocalDate.of(2024, 3, 12), true, 14, 24, 0)));
        var b = Fixtures.article(
                "undated",
                null,
                undated,
                new float[0],
                List.of(),
                List.of(
                        new TimeMention("Tuesday", "XXXX-WXX-2", null, false, 6, 13, 0),
                        new TimeMention("March 2", "XXXX-03-02", null, false, 59, 66, 1)));

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(a, b));

        assertThat(timeline)
                .extracting(TimelineEntry::date)
                .containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 12));
        assertThat(timeline.get(1).articles()).containsExactlyInAnyOrder("dated", "undated");
        assertThat(timeline.get(0).text()).isEqualTo("Rain began on March 2.");
        assertThat(StoryDates.of(List.of(a, b))).containsEntry("undated", WEDNESDAY);
    }

    @Test
    void aStoryWithoutAnyDateHasNoRelativeEntries() {
        var b = Fixtures.article(
                "undated",
                null,
                "It rained on Friday.",
                new float[0],
                List.of(),
                List.of(new TimeMention("on Friday", "XXXX-WXX-5", null, false, 9, 18, 0)));
        assertThat(new TimelineBuilder().build(List.of(b))).isEmpty();
    }
}
