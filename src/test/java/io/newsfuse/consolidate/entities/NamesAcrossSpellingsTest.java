package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static io.newsfuse.consolidate.entities.Stories.groups;
import static io.newsfuse.consolidate.entities.Stories.together;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Spellings a reader reads as one name although the recogniser left part of it off or typed it
 * differently: an initial before a surname, a place typed an organisation in one article, a body named
 * by its acronym or its adjective. Traps stay apart. Fictional articles throughout.
 */
class NamesAcrossSpellingsTest {

    @Test
    void aDigraphInitialTheRecogniserLeftOffJoinsThePersonWhoseGivenNameItBegins() {
        var g = groups(
                article(
                        "a",
                        "Tsogtbayaryn Orgil won the count. His rival Dashzevegiin Orgil conceded.",
                        "PERSON:Tsogtbayaryn Orgil",
                        "PERSON:Dashzevegiin Orgil"),
                article("b", "Observers put Ts. Orgil ahead of D. Orgil.", "PERSON:Orgil", "PERSON:D. Orgil"));
        assertThat(together(g, "Ts. Orgil", "Tsogtbayaryn Orgil")).isTrue();
        assertThat(together(g, "Ts. Orgil", "Dashzevegiin Orgil")).isFalse();
        assertThat(together(g, "D. Orgil", "Dashzevegiin Orgil")).isTrue();
    }

    @Test
    void aTitleBeforeASurnameIsNoInitial() {
        var g = groups(
                article("a", "Drogan Vell spoke first.", "PERSON:Drogan Vell"),
                article("b", "Then Dr. Vell left.", "PERSON:Vell"));
        assertThat(g.stream().flatMap(java.util.List::stream)).doesNotContain("Dr. Vell");
        assertThat(together(g, "Vell", "Drogan Vell")).isTrue();
    }

    @Test
    void anInitialledNameInTheOtherWordOrderStaysWithThePerson() {
        var g = groups(
                article(
                        "a",
                        "Tsogtbayaryn Orgil won. Orgil thanked voters.",
                        "PERSON:Tsogtbayaryn Orgil",
                        "PERSON:Orgil"),
                article("b", "Orgil Tsogtbayar won.", "PERSON:Orgil Tsogtbayar"),
                article("c", "Observers put Ts. Orgil ahead.", "PERSON:Orgil"));
        assertThat(together(g, "Ts. Orgil", "Orgil Tsogtbayar")).isTrue();
        assertThat(together(g, "Orgil", "Orgil Tsogtbayar")).isTrue();
    }

    @Test
    void aPlaceTypedAnOrganisationOnceTakesTheTypeOfItsOtherSpellings() {
        var g = groups(
                article(
                        "a",
                        "Crowds filled Kharabaatar. KHARABAATAR was calm.",
                        "CITY:Kharabaatar",
                        "CITY:KHARABAATAR"),
                article("b", "Crowds filled the squares of Khara Bator.", "ORGANIZATION:Khara Bator"));
        assertThat(together(g, "Kharabaatar", "Khara Bator")).isTrue();
    }

    @Test
    void aPersonNamedLikeACityStaysAPerson() {
        var g = groups(
                article("a", "Floods hit Orvella.", "CITY:Orvella"),
                article("b", "Mayor Tamsin Orvella spoke.", "PERSON:Tamsin Orvella"));
        assertThat(together(g, "Orvella", "Tamsin Orvella")).isFalse();
    }

    @Test
    void aBodyNamedByItsParentsAcronymOrAdjectiveIsOneBody() {
        var g = groups(
                article(
                        "a",
                        "The Northern Alliance Council met. The NA said little.",
                        "ORGANIZATION:Northern Alliance Council",
                        "ORGANIZATION:NA"),
                article("b", "The NA Council voted.", "ORGANIZATION:NA Council"),
                article("c", "The Northern Council approved the plan.", "ORGANIZATION:Northern Council"));
        assertThat(together(g, "NA Council", "Northern Alliance Council")).isTrue();
        assertThat(together(g, "Northern Council", "Northern Alliance Council")).isTrue();
        assertThat(together(g, "NA", "NA Council")).isFalse();
    }

    @Test
    void twoMinistriesOneWordApartStayApartWithoutTheParentsAcronym() {
        var g = groups(article(
                "a",
                "The Federal Trade Ministry and the Federal Ministry disagreed.",
                "ORGANIZATION:Federal Trade Ministry",
                "ORGANIZATION:Federal Ministry"));
        assertThat(together(g, "Federal Trade Ministry", "Federal Ministry")).isFalse();
    }

    @Test
    void anAcronymPrefixThatSpellsTwoNamesJoinsNeither() {
        var g = groups(article(
                "a",
                "The North Atlantic Board, the New Arctic Board and the NA Board met.",
                "ORGANIZATION:North Atlantic Board",
                "ORGANIZATION:New Arctic Board",
                "ORGANIZATION:NA Board"));
        assertThat(together(g, "NA Board", "North Atlantic Board")).isFalse();
        assertThat(together(g, "NA Board", "New Arctic Board")).isFalse();
    }

    @Test
    void theAirportNamedAfterItsKindWordIsTheAirport() {
        var g = groups(
                article(
                        "a",
                        "Flight 12 left Varrik Orsolan International Airport at dawn.",
                        "LOCATION:Varrik Orsolan International Airport"),
                article("b", "The plane took off from the airport Varrik Orsolaan.", "LOCATION:Varrik Orsolaan"));
        assertThat(together(g, "Varrik Orsolaan", "Varrik Orsolan International Airport"))
                .isTrue();
    }

    @Test
    void aTownNamedLikeItsAirportStaysTheTown() {
        var g = groups(
                article(
                        "a",
                        "Flight 12 left Varrik International Airport at dawn.",
                        "LOCATION:Varrik International Airport"),
                article("b", "Floods hit Varrik on Monday.", "LOCATION:Varrik"));
        assertThat(together(g, "Varrik", "Varrik International Airport")).isFalse();
    }

    @Test
    void aCountryNamedByItsFormOfStateIsTheCountry() {
        var g = groups(
                article("a", "The State of Kuwait announced the deal.", "LOCATION:Kuwait"),
                article("b", "Kuwait said the talks went well.", "LOCATION:Kuwait"));
        assertThat(together(g, "State of Kuwait", "Kuwait")).isTrue();
    }

    @Test
    void aRegionOrALowerCaseStateIsNoFormalCountryName() {
        var g = groups(article(
                "a",
                "The State of Varrikia voted. The head of state of Kuwait flew in.",
                "LOCATION:Varrikia",
                "LOCATION:Kuwait"));
        var names = g.stream().flatMap(java.util.List::stream).toList();
        assertThat(names).doesNotContain("State of Varrikia", "state of Kuwait");
    }

    @Test
    void anAcronymTaggedAnOrganisationDefinesANameTaggedAPerson() {
        var g = groups(
                article(
                        "a",
                        "Harakat Nasr al-Din wal-Watan (HNDW) claimed the attack.",
                        "PERSON:Harakat Nasr al-Din wal-Watan",
                        "ORGANIZATION:HNDW"),
                article("b", "The HNDW denied it.", "ORGANIZATION:HNDW"));
        assertThat(together(g, "HNDW", "Harakat Nasr al-Din wal-Watan")).isTrue();
    }

    @Test
    void aPersonKnownByInitialsStaysAPerson() {
        var g = groups(article(
                "a",
                "Andres Manuel Ortiz Bravo (AMOB) won the vote. AMOB thanked voters.",
                "PERSON:Andres Manuel Ortiz Bravo",
                "PERSON:AMOB"));
        assertThat(together(g, "AMOB", "Andres Manuel Ortiz Bravo")).isFalse();
    }

    @Test
    void aCountryTaggedUnderItsFormalNameIsTheCountry() {
        var g = groups(
                article("a", "Troops left the Republic of Kuwait.", "LOCATION:Republic of Kuwait"),
                article("b", "Kuwait welcomed the news.", "LOCATION:Kuwait"));
        assertThat(together(g, "Republic of Kuwait", "Kuwait")).isTrue();
    }

    @Test
    void aRegionUnderAStateWordStaysApartFromItsCity() {
        var g = groups(
                article("a", "Floods hit the State of Varrik.", "LOCATION:State of Varrik"),
                article("b", "Floods hit Varrik town.", "LOCATION:Varrik"));
        assertThat(together(g, "State of Varrik", "Varrik")).isFalse();
    }

    @Test
    void anAcronymSpelledOutInsideALongerNameGainsThatSpelling() {
        var g = groups(
                article(
                        "a",
                        "The NA said little. The Northern Alliance Council met.",
                        "ORGANIZATION:NA",
                        "ORGANIZATION:Northern Alliance Council"),
                article("b", "The NA Council voted.", "ORGANIZATION:NA Council"));
        assertThat(together(g, "NA", "Northern Alliance")).isTrue();
        assertThat(together(g, "NA", "NA Council")).isFalse();
    }
}
