package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
    @Test
    void aBodyThatRepeatsAnyLongerHeadlineWordTellsTheStory() {
        assertThat(Headlines.toldBy(
                        "Toddler wounded in Marlow Creek shooting",
                        "A two-year-old boy was shot at a home near the creek on Sunday, deputies said."))
                .isTrue();
        assertThat(Headlines.toldBy("Zweijähriger in Marlow verletzt", "Ein Kind wurde in Marlow angeschossen."))
                .isTrue();
    }

    @Test
    void aBodyOfPageFurnitureDoesNotTellTheHeadline() {
        String furniture = "Watch next: Weekend weather outlook. Vote in our poll. Sign up for our newsletter.";
        assertThat(Headlines.toldBy("Toddler wounded in Marlow Creek shooting", furniture))
                .isFalse();
    }

    @Test
    void aShortOrMissingHeadlineSaysTooLittleToJudge() {
        assertThat(Headlines.toldBy("Update", "Vote in our poll.")).isTrue();
        assertThat(Headlines.toldBy(null, "Vote in our poll.")).isTrue();
        assertThat(Headlines.toldBy("Toddler wounded in Marlow Creek shooting", ""))
                .isTrue();
    }
}
