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

    @Test
    void aYearlessDatelineTakesTheYearOfTheArticlesReadWithIt() {
        String text = "HARBOURTON, Oct 13 — The ferry union voted on Sunday to end its strike.";
        var a = Fixtures.article(
                "lone",
                null,
                text,
                new float[0],
                List.of(),
                List.of(
                        new TimeMention("Oct 13", "XXXX-10-13", null, false, 12, 18, 0),
                        new TimeMention("on Sunday", "XXXX-WXX-7<=", null, false, 51, 60, 0)));
        Era era = Era.of(List.of(LocalDate.of(2031, 1, 20), LocalDate.of(2031, 2, 2), LocalDate.of(2031, 10, 14)));

        assertThat(StoryDates.of(List.of(a), era)).containsEntry("lone", LocalDate.of(2031, 10, 13));
        assertThat(new TimelineBuilder().build(List.of(a), StoryDates.of(List.of(a), era)))
                .extracting(TimelineEntry::date)
                .containsExactly(LocalDate.of(2031, 10, 12), LocalDate.of(2031, 10, 13));
        assertThat(StoryDates.of(List.of(a))).doesNotContainKey("lone");
    }

    @Test
    void anEraPlacesADayInsideItsSpanElseNearestItsMiddle() {
        Era era = Era.of(List.of(LocalDate.of(2031, 1, 20), LocalDate.of(2031, 10, 14)));
        assertThat(era.place(10, 13)).isEqualTo(LocalDate.of(2031, 10, 13));
        assertThat(era.place(1, 2)).isEqualTo(LocalDate.of(2031, 1, 2));
        assertThat(Era.of(List.of())).isNull();
    }

    @Test
    void aWeekdayToldAfterTheFactIsTheNearestToAnInferredDate() {
        // the story's date (Wednesday) is inferred for the undated article: "on Thursday" in the past
        // tense is the next day, not six days before
        var a = Fixtures.article(
                "dated",
                WEDNESDAY,
                "The levee held on Wednesday.",
                new float[0],
                List.of(),
                List.of(new TimeMention("on Wednesday", "XXXX-WXX-3<=", WEDNESDAY, false, 15, 27, 0)));
        var b = Fixtures.article(
                "undated",
                null,
                "Divers found the second boat on Thursday. Schools stay shut until Monday.",
                new float[0],
                List.of(),
                List.of(
                        new TimeMention("on Thursday", "XXXX-WXX-4<=", null, false, 29, 40, 0),
                        new TimeMention("until Monday", "XXXX-WXX-1>=", null, true, 60, 72, 1)));

        assertThat(new TimelineBuilder().build(List.of(a, b)))
                .extracting(TimelineEntry::date)
                .containsExactly(WEDNESDAY, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(5));
    }
}
