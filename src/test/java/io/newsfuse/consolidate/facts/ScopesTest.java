package io.newsfuse.consolidate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScopesTest {
    @Test
    void aMonthNamedWithoutItsYearBeforeTheStoryIsAnEarlierEvent() {
        LocalDate told = LocalDate.of(2031, 1, 26);
        Scopes lateJanuaryStory = new Scopes(LocalDate.of(2031, 1, 23), told);
        assertThat(lateJanuaryStory.key("XXXX-12<=", told)).isEqualTo("2030-12");
        assertThat(lateJanuaryStory.key("XXXX-01<=", told)).isNull();
        // a deadline ahead is the story's own business
        assertThat(lateJanuaryStory.key("XXXX-06>=", told)).isNull();
    }

    @Test
    void aMonthJustBeforeAStoryThatOpensEarlyInTheNextMayHoldItsOwnDays() {
        LocalDate told = LocalDate.of(2031, 1, 3);
        Scopes earlyJanuaryStory = new Scopes(LocalDate.of(2031, 1, 2), told);
        assertThat(earlyJanuaryStory.key("XXXX-12<=", told)).isNull();
    }

    @Test
    void aMonthLookedBackOnWellAfterItEndedIsItsTallyNotTheStorysCount() {
        // the story opened on 4 March; a roundup of 20 April counts "41 killed in March alone"
        Scopes story = new Scopes(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 4, 20));
        assertThat(story.key("XXXX-03<=", LocalDate.of(2031, 4, 20))).isEqualTo("2031-03");
        assertThat(story.key("2031-03", LocalDate.of(2031, 4, 20))).isEqualTo("2031-03");
        // told within the month, or days after it, the month still holds the story's own event
        assertThat(story.key("XXXX-03<=", LocalDate.of(2031, 3, 20))).isNull();
        assertThat(story.key("2031-03", LocalDate.of(2031, 4, 3))).isNull();
    }
}
