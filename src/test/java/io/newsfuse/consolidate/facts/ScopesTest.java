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
}
