package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static io.newsfuse.consolidate.entities.Stories.groups;
import static io.newsfuse.consolidate.entities.Stories.together;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names written in several transliteration systems, languages and word orders join one entity, while
 * the traps (people sharing a surname, a place named after a person, an organisation and its
 * international namesake) stay apart. Fictional articles throughout.
 */
class SpellingAcrossSystemsTest {

    private static boolean named(List<List<String>> groups, String a) {
        return groups.stream().anyMatch(g -> g.contains(a));
    }

    @Test
    void anUntaggedSpellingOfATaggedPlaceInAnotherSystemJoinsIt() {
        var g = groups(
                article("a", "The ferry left Khorabad at dawn.", "CITY:Khorabad"),
                article("b", "La nave partió de Jorabad al alba.", "CITY:Jorabad"),
                article("c", "Die Fähre verließ Chorabad im Morgengrauen."));
        assertThat(together(g, "Khorabad", "Chorabad")).isTrue();
        assertThat(together(g, "Khorabad", "Jorabad")).isTrue();
    }

    @Test
    void aCapitalisedOrdinaryWordNeverBecomesAName() {
        var g = groups(
                article("a", "Trucks reached Standar by noon.", "CITY:Standar"),
                article("b", "Stander said the bridge held. A stander by the road waved."));
        assertThat(named(g, "Stander")).isFalse();
    }

    @Test
    void aPersonTheRecogniserRanIntoAnOrganisationNameIsSplitOff() {
        var g = groups(
                article("a", "Nurlan Sadyrov spoke to reporters.", "PERSON:Nurlan Sadyrov"),
                article(
                        "b",
                        "The head of the Korabat Water Board Noorlan Sadirov said the dam held.",
                        "ORGANIZATION:Korabat Water Board Noorlan Sadirov"));
        assertThat(together(g, "Nurlan Sadyrov", "Noorlan Sadirov")).isTrue();
        assertThat(named(g, "Korabat Water Board")).isTrue();
        assertThat(named(g, "Korabat Water Board Noorlan Sadirov")).isFalse();
    }

    @Test
    void aPlaceNamedWithItsKindAndInAnotherOrderIsOnePlace() {
        var g = groups(
                article("a", "Floods hit Ili Korabat province.", "LOCATION:Ili Korabat province"),
                article("b", "Floods hit the province of Korabat-Ili.", "LOCATION:Korabat-Ili"),
                article("c", "The governor of the province of Qorabat Ily spoke.", "PERSON:Qorabat Ily"),
                article("d", "Trucks crossed the province Ili-Chorabat."),
                article("e", "Floods hit Ili Korabbat province.", "LOCATION:Ili Korabbat province"));
        assertThat(together(g, "Ili Korabat province", "Ili Korabat")).isTrue();
        assertThat(together(g, "Ili Korabat", "Korabat-Ili")).isTrue();
        assertThat(together(g, "Korabat-Ili", "Qorabat Ily")).isTrue();
        assertThat(together(g, "Korabat-Ili", "Ili-Chorabat")).isTrue();
        assertThat(together(g, "Ili Korabbat", "Ili Korabat")).isTrue();
    }

    @Test
    void aProvinceStaysApartFromTheCityItIsNamedAfter() {
        var g = groups(
                article("a", "Floods hit Korabat province.", "LOCATION:Korabat province"),
                article("b", "The mayor of Qorabat spoke.", "CITY:Qorabat"));
        assertThat(together(g, "Korabat province", "Qorabat")).isFalse();
    }

    @Test
    void anAirportNamedAfterAPersonStaysApartFromThePerson() {
        var g = groups(article(
                "a",
                "Nurlan Sadyrov opened Sadyrov International Airport. Sadyrov smiled.",
                "PERSON:Nurlan Sadyrov",
                "LOCATION:Sadyrov International Airport",
                "PERSON:Sadyrov"));
        assertThat(together(g, "Sadyrov International Airport", "Sadyrov")).isFalse();
        assertThat(together(g, "Sadyrov International Airport", "Nurlan Sadyrov"))
                .isFalse();
        assertThat(together(g, "Nurlan Sadyrov", "Sadyrov")).isTrue();
    }

    @Test
    void aGivenNameAndASurnameWrittenAloneJoinTheFullNameHoldingBoth() {
        var g = groups(
                article(
                        "a",
                        "Baatarjavyn Temuulen conceded. Temuulen spoke.",
                        "PERSON:Baatarjavyn Temuulen",
                        "PERSON:Temuulen"),
                article(
                        "b",
                        "Temuulen Baatarjav and Baatardjav left.",
                        "PERSON:Temuulen Baatarjav",
                        "PERSON:Baatardjav"));
        assertThat(together(g, "Temuulen", "Baatardjav")).isTrue();
    }

    @Test
    void twoPeopleSharingASurnameKeepTheirLoneNamesApart() {
        var g = groups(article(
                "a",
                "Ruslan Kemelov and Arman Kemelov met. Ruslan spoke; Kemelov left.",
                "PERSON:Ruslan Kemelov",
                "PERSON:Arman Kemelov",
                "PERSON:Ruslan",
                "PERSON:Kemelov"));
        assertThat(together(g, "Ruslan", "Kemelov")).isFalse();
        assertThat(together(g, "Ruslan Kemelov", "Arman Kemelov")).isFalse();
    }

    /** The winner named alone beside his lone surname, then a second article as given. */
    private static List<List<String>> afterTheWinnerAlone(String text, String... tags) {
        return groups(
                article(
                        "a",
                        "Ruslan Kemelov won the vote. Kemelov thanked voters.",
                        "PERSON:Ruslan Kemelov",
                        "PERSON:Kemelov"),
                article("b", text, tags));
    }

    @Test
    void aSharedLoneSurnameJoinsThePersonTheArticlesUsingItNameAlone() {
        var g = afterTheWinnerAlone(
                "Ruslan Kemelov won; the clerk Arman Kemelov counted. Kemelov spoke.",
                "PERSON:Ruslan Kemelov",
                "PERSON:Arman Kemelov",
                "PERSON:Kemelov");
        assertThat(together(g, "Kemelov", "Ruslan Kemelov")).isTrue();
        assertThat(together(g, "Ruslan Kemelov", "Arman Kemelov")).isFalse();
    }

    @Test
    void aSharedLoneSurnameUsedBesideEachPersonAloneJoinsNeither() {
        var g = afterTheWinnerAlone(
                "The clerk Arman Kemelov counted. Kemelov spoke.", "PERSON:Arman Kemelov", "PERSON:Kemelov");
        assertThat(together(g, "Kemelov", "Ruslan Kemelov")).isFalse();
        assertThat(together(g, "Kemelov", "Arman Kemelov")).isFalse();
    }

    @Test
    void anInitialJoinsTheOnePersonWhoseGivenNameItBegins() {
        var g = groups(article(
                "a",
                "Ruslan Kemelov and Arman Kemelov met. R. Kemelov spoke.",
                "PERSON:Ruslan Kemelov",
                "PERSON:Arman Kemelov",
                "PERSON:R. Kemelov"));
        assertThat(together(g, "R. Kemelov", "Ruslan Kemelov")).isTrue();
        assertThat(together(g, "R. Kemelov", "Arman Kemelov")).isFalse();
    }

    @Test
    void anInitialTwoPeopleShareJoinsNeither() {
        var g = groups(article(
                "a",
                "Arman Kemelov and Aidos Kemelov met. A. Kemelov spoke.",
                "PERSON:Arman Kemelov",
                "PERSON:Aidos Kemelov",
                "PERSON:A. Kemelov"));
        assertThat(together(g, "A. Kemelov", "Arman Kemelov")).isFalse();
        assertThat(together(g, "A. Kemelov", "Aidos Kemelov")).isFalse();
    }

    @Test
    void aTaggedOrganisationBeforeAnAcronymOfAnotherLanguageDefinesIt() {
        var g = groups(
                article(
                        "a",
                        "The governing Korabat People's Union (KVU) won. The KVU celebrated.",
                        "ORGANIZATION:Korabat People's Union"),
                article("b", "The Korabat People's Union (ZQX) party won.", "ORGANIZATION:Korabat People's Union"),
                article("c", "Voters of the Korabat People's Union (PUK) cheered.", "ORGANIZATION:People's Union"));
        assertThat(together(g, "Korabat People's Union", "KVU")).isTrue();
        assertThat(together(g, "Korabat People's Union", "PUK")).isTrue();
        assertThat(named(g, "ZQX")).isFalse();
    }

    @Test
    void organisationsTranslatedWordByWordAreOneButTheInternationalNamesakeStaysApart() {
        var g = groups(
                article(
                        "a",
                        "The Korabat Aviation Authority said the International Aviation Authority would help.",
                        "ORGANIZATION:Korabat Aviation Authority",
                        "ORGANIZATION:International Aviation Authority"),
                article(
                        "b",
                        "The Authority of Aviation of Korabat said so.",
                        "ORGANIZATION:Authority of Aviation of Korabat"));
        assertThat(together(g, "Korabat Aviation Authority", "Authority of Aviation of Korabat"))
                .isTrue();
        assertThat(together(g, "Korabat Aviation Authority", "International Aviation Authority"))
                .isFalse();
    }

    @Test
    void twoMinistriesStayApart() {
        var g = groups(article(
                "a",
                "The Ministry of Water of Korabat and the Ministry of Roads of Korabat met.",
                "ORGANIZATION:Ministry of Water of Korabat",
                "ORGANIZATION:Ministry of Roads of Korabat"));
        assertThat(together(g, "Ministry of Water of Korabat", "Ministry of Roads of Korabat"))
                .isFalse();
    }
}
