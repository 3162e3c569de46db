package io.newsfuse.consolidate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTextTest {

    @Test
    void cleaningDropsTitlesPossessivesAndPunctuationForPeople() {
        assertThat(NameText.clean("Mr. Orlov's", true).text()).isEqualTo("Orlov");
        assertThat(NameText.clean("President Aigerim Dzhaksybekova’s", true).text())
                .isEqualTo("Aigerim Dzhaksybekova");
        assertThat(NameText.clean("“Viktor P. Orlov,", true).text()).isEqualTo("Viktor P. Orlov");
    }

    @Test
    void cleaningReportsWhereTheNameSits() {
        NameText.Cleaned c = NameText.clean("Dr. Orlov's", true);
        assertThat("Dr. Orlov's".substring(c.begin(), c.end())).isEqualTo("Orlov");
    }

    @Test
    void titlesAreKeptOnOrganisationsButTheLeadingArticleGoes() {
        assertThat(NameText.clean("General Tractor Works", false).text()).isEqualTo("General Tractor Works");
        assertThat(NameText.clean("the National Reconciliation Council", false).text())
                .isEqualTo("National Reconciliation Council");
    }

    @Test
    void aLoneTitleIsKept() {
        assertThat(NameText.clean("President", true).text()).isEqualTo("President");
    }

    @Test
    void tokensFoldAccentsCaseHyphensApostrophesAndMiddleInitials() {
        assertThat(NameText.tokens("Nurlan-Bek Sádyrov", true)).containsExactly("nurlan", "bek", "sadyrov");
        assertThat(NameText.tokens("Viktor P. Orlov", true)).containsExactly("viktor", "orlov");
        assertThat(NameText.tokens("O'Dara Lines", false)).containsExactly("odara", "lines");
    }

    @Test
    void initialsSkipFunctionWords() {
        assertThat(NameText.initials("Council for Trade and Cooperation in Asia"))
                .isEqualTo("CTCA");
        assertThat(NameText.initials("Union of the Northern Ports")).isEqualTo("UNP");
    }

    @Test
    void junkIsSingleCharactersNumbersLowerCaseAndFunctionWords() {
        assertThat(NameText.isJunk("x")).isTrue();
        assertThat(NameText.isJunk("2031")).isTrue();
        assertThat(NameText.isJunk("protesters")).isTrue();
        assertThat(NameText.isJunk("The")).isTrue();
        assertThat(NameText.isJunk("Korabat")).isFalse();
        assertThat(NameText.isJunk("UN")).isFalse();
    }

    @Test
    void acronymsAreShortAndUpperCase() {
        assertThat(NameText.isAcronym("UCPA")).isTrue();
        assertThat(NameText.isAcronym("UN")).isTrue();
        assertThat(NameText.isAcronym("Ucpa")).isFalse();
        assertThat(NameText.isAcronym("A")).isFalse();
        assertThat(NameText.isAcronym("ABCDEFGHIJ")).isFalse();
    }
}
