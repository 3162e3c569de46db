package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void removesSiteSuffixes() {
        assertThat(Titles.clean("Dam inspection finds new cracks | Valley Courier", null))
                .isEqualTo("Dam inspection finds new cracks");
        assertThat(Titles.clean(
                        "Dam inspection finds new cracks - Courier.example - Valley, OK - News, Weather and Sports |",
                        null))
                .isEqualTo("Dam inspection finds new cracks");
        assertThat(Titles.clean(
                        "Third pier closes after storm - Harbour TV 7 Eastport, Coast News Weather & Sports", null))
                .isEqualTo("Third pier closes after storm");
        assertThat(Titles.clean("Orrin Daily: Dam inspection finds new cracks", "Orrin Daily"))
                .isEqualTo("Dam inspection finds new cracks");
    }

    @Test
    void keepsHeadlinesThatOnlyLookSplit() {
        assertThat(Titles.clean("Mayor: we will rebuild the pier", null)).isEqualTo("Mayor: we will rebuild the pier");
        assertThat(Titles.clean("Pier closes - but only for a week, council says", null))
                .isEqualTo("Pier closes - but only for a week, council says");
    }

    @Test
    void judgesHeadlines() {
        assertThat(Titles.looksLikeHeadline("Storm floods harbour town")).isTrue();
        assertThat(Titles.looksLikeHeadline("The river rose by two metres overnight."))
                .isFalse();
        assertThat(Titles.looksLikeHeadline("and then it rained")).isFalse();
    }
}
