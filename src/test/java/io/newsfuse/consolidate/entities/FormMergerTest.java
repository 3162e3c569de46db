package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static io.newsfuse.consolidate.entities.Stories.groups;
import static io.newsfuse.consolidate.entities.Stories.together;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormMergerTest {

    @Test
    void hyphenatedAndSpacedGivenNamesAndTransliterationsAreOnePerson() {
        var g = groups(article(
                "a",
                "Kassym-Zhanat Oralbekov came. Kasim Janat Oralbekov spoke. " + "Kassym-Shanat Oralbekov left.",
                "PERSON:Kassym-Zhanat Oralbekov",
                "PERSON:Kasim Janat Oralbekov",
                "PERSON:Kassym-Shanat Oralbekov"));
        assertThat(g).hasSize(1);
    }

    @Test
    void aShorterFullNameJoinsTheOneLongerNameHoldingIt() {
        var g = groups(article(
                "a",
                "Nurlan Bek Sadyrov spoke. Nurlan Sadyrov left.",
                "PERSON:Nurlan Bek Sadyrov",
                "PERSON:Nurlan Sadyrov"));
        assertThat(together(g, "Nurlan Bek Sadyrov", "Nurlan Sadyrov")).isTrue();
    }

    @Test
    void peopleWithDifferentFirstNamesNeverMergeEvenThroughASurname() {
        var g = groups(article(
                "a",
                "Ruslan Kemelov and Arman Kemelov met. Kemelov spoke.",
                "PERSON:Ruslan Kemelov",
                "PERSON:Arman Kemelov",
                "PERSON:Kemelov"));
        assertThat(g).hasSize(3);
    }

    @Test
    void aSurnameThatIsAlsoSomeonesFirstNameStaysAlone() {
        var g = groups(article(
                "a",
                "Arman Kemelov met Timur Arman. Arman spoke.",
                "PERSON:Arman Kemelov",
                "PERSON:Timur Arman",
                "PERSON:Arman"));
        assertThat(g).hasSize(3);
    }

    @Test
    void genderedSurnamesAreDifferentPeople() {
        var g = groups(article("a", "Petrov and Petrova spoke.", "PERSON:Petrov", "PERSON:Petrova"));
        assertThat(g).hasSize(2);
    }

    @Test
    void differentTypesNeverMerge() {
        var g = groups(article(
                "a",
                "Korabat Group bought land in Korabat. Korabat Group grew.",
                "ORGANIZATION:Korabat Group",
                "CITY:Korabat"));
        assertThat(g).hasSize(2);
    }

    @Test
    void anOrganisationPrefixMergesOnlyWhenItExtendsOneName() {
        var one = groups(article(
                "a",
                "The Northern Ports Union struck. The Northern Ports said no.",
                "ORGANIZATION:Northern Ports Union",
                "ORGANIZATION:Northern Ports"));
        assertThat(together(one, "Northern Ports Union", "Northern Ports")).isTrue();
        var two = groups(article(
                "a",
                "The Northern Ports Union and the Northern Ports Authority disagreed." + " The Northern Ports said no.",
                "ORGANIZATION:Northern Ports Union",
                "ORGANIZATION:Northern Ports Authority",
                "ORGANIZATION:Northern Ports"));
        assertThat(two).hasSize(3);
    }

    @Test
    void aTaggedAcronymJoinsTheNameWhoseInitialsItSpells() {
        var g = groups(article(
                "a",
                "The Union of Northern Ports struck. The UNP said so. NATO watched.",
                "ORGANIZATION:Union of Northern Ports",
                "ORGANIZATION:UNP",
                "ORGANIZATION:NATO"));
        assertThat(together(g, "UNP", "Union of Northern Ports")).isTrue();
        assertThat(g).hasSize(2);
    }

    @Test
    void anAcronymWhoseInitialsFitTwoNamesJoinsNeither() {
        var g = groups(article(
                "a",
                "The National Road Council and the Northern Rail Company met. The NRC" + " said.",
                "ORGANIZATION:National Road Council",
                "ORGANIZATION:Northern Rail Company",
                "ORGANIZATION:NRC"));
        assertThat(g).hasSize(3);
    }

    @Test
    void aTranslationVariantNeedsAnAcronymDefinitionOnBothSides() {
        var linked = groups(
                article("a", "The Coastal Protection Union (CPU) met.", "ORGANIZATION:Coastal Protection Union"),
                article("b", "The Coastal Preservation Union (UCP) met.", "ORGANIZATION:Coastal Preservation Union"));
        assertThat(together(linked, "CPU", "UCP")).isTrue();
        var unlinked = groups(
                article("a", "The Coastal Protection Union met.", "ORGANIZATION:Coastal Protection Union"),
                article("b", "The Coastal Preservation Union met.", "ORGANIZATION:Coastal Preservation Union"));
        assertThat(unlinked).hasSize(2);
    }

    @Test
    void aTranslatedNameBeforeItsOriginalAcronymIsDefinedByItWhateverItsInitials() {
        // the acronym keeps the original language's initials; the translation ends where the brackets open
        var g = groups(
                article(
                        "a",
                        "Norland's Bureau of Rail Enquiry and Analysis (BREA) said it would send a team.",
                        "ORGANIZATION:Bureau of Rail Enquiry and Analysis",
                        "ORGANIZATION:BREA"),
                article(
                        "b",
                        "Trains stopped, while the Norlandic Office of Railway Investigations (BREA) sent experts.",
                        "ORGANIZATION:Norlandic Office of Railway Investigations"));
        assertThat(together(g, "BREA", "Norlandic Office of Railway Investigations"))
                .isTrue();
        assertThat(together(g, "Bureau of Rail Enquiry and Analysis", "Norlandic Office of Railway Investigations"))
                .isTrue();
    }

    @Test
    void aPlaceAdjectiveBeforeADefinedNameDescribesTheBodyUnlessTheAcronymHoldsIt() {
        var described = groups(article(
                "a",
                "The French Office of Rail Inquiries (BEA) will send experts.",
                "ORGANIZATION:French Office of Rail Inquiries"));
        assertThat(together(described, "BEA", "Office of Rail Inquiries")).isTrue();
        assertThat(together(described, "BEA", "French Office of Rail Inquiries"))
                .isTrue();
        var named = groups(
                article("a", "The European Rail Agency (ERA) will send experts.", "ORGANIZATION:European Rail Agency"));
        assertThat(named.toString()).doesNotContain("[Rail Agency").doesNotContain(", Rail Agency");
    }

    @Test
    void placesWrittenWithAndWithoutHyphenMerge() {
        var g = groups(article(
                "a",
                "Kara-Bulak and Kara Bulak and Karabulak.",
                "CITY:Kara-Bulak",
                "CITY:Kara Bulak",
                "CITY:Karabulak"));
        assertThat(g).hasSize(1);
    }

    @Test
    void namesAcrossTransliterationSystemsAreOnePersonButSharedSurnamesStayApart() {
        var g = groups(
                article(
                        "en",
                        "Ali Reza Khordavi spoke. Tomas Belqami and Dariush Belqami left.",
                        "PERSON:Ali Reza Khordavi",
                        "PERSON:Tomas Belqami",
                        "PERSON:Dariush Belqami"),
                article("es", "Alí Resa Jordaví habló.", "PERSON:Alí Resa Jordaví"),
                article("de", "Ali Resa Chordawi sprach.", "PERSON:Ali Resa Chordawi"));
        assertThat(together(g, "Ali Reza Khordavi", "Alí Resa Jordaví")).isTrue();
        assertThat(together(g, "Ali Reza Khordavi", "Ali Resa Chordawi")).isTrue();
        assertThat(together(g, "Tomas Belqami", "Dariush Belqami")).isFalse();
    }

    @Test
    void reversedOrderGenitiveEndingsAndSplitGivenNamesAreOnePerson() {
        var g = groups(
                article(
                        "a",
                        "Dorbayaryn Taruul won. Liu Meiyan agreed.",
                        "PERSON:Dorbayaryn Taruul",
                        "PERSON:Liu Meiyan"),
                article(
                        "b",
                        "Taruul Dorbayar won. Meiyan Liu and Liu Mei Yan agreed. Liu Weiping did not.",
                        "PERSON:Taruul Dorbayar",
                        "PERSON:Meiyan Liu",
                        "PERSON:Liu Mei Yan",
                        "PERSON:Liu Weiping"));
        assertThat(together(g, "Dorbayaryn Taruul", "Taruul Dorbayar")).isTrue();
        assertThat(together(g, "Liu Meiyan", "Meiyan Liu")).isTrue();
        assertThat(together(g, "Liu Meiyan", "Liu Mei Yan")).isTrue();
        assertThat(together(g, "Liu Meiyan", "Liu Weiping")).isFalse();
    }

    @Test
    void anOrganisationNamedByItsDistinctiveFirstWordJoinsItsLongerNamesButCommonWordsDoNot() {
        var g = groups(
                article(
                        "a",
                        "Zorvane Airlines lost a plane. Zorvane said the ministry would help. Zorvane Air"
                                + " grounded its fleet. The Ministry of Ports and the Ministry of Health met. Torvik"
                                + " Tarn was born in Torvik.",
                        "ORGANIZATION:Zorvane Airlines",
                        "ORGANIZATION:Zorvane",
                        "ORGANIZATION:Zorvane Air",
                        "ORGANIZATION:Ministry of Ports",
                        "ORGANIZATION:Ministry of Health",
                        "PERSON:Torvik Tarn",
                        "CITY:Torvik"),
                article("b", "Ministry officials spoke.", "ORGANIZATION:Ministry"));
        assertThat(together(g, "Zorvane", "Zorvane Airlines")).isTrue();
        assertThat(together(g, "Zorvane Air", "Zorvane Airlines")).isTrue();
        assertThat(together(g, "Ministry of Ports", "Ministry of Health")).isFalse();
        assertThat(together(g, "Torvik", "Torvik Tarn")).isFalse();
    }

    @Test
    void reorderedOrganisationNamesWithAnAdjectiveOfThePlaceAreOne() {
        var g = groups(article(
                "a",
                "The Varnish Blue Lantern Society helped. The Blue Lantern Society of Varnia too.",
                "ORGANIZATION:Varnish Blue Lantern Society",
                "ORGANIZATION:Blue Lantern Society of Varnia"));
        assertThat(together(g, "Varnish Blue Lantern Society", "Blue Lantern Society of Varnia"))
                .isFalse();
        var h = groups(article(
                "a",
                "The Varnian Blue Lantern Society helped. The Blue Lantern Society of Varnia too.",
                "ORGANIZATION:Varnian Blue Lantern Society",
                "ORGANIZATION:Blue Lantern Society of Varnia"));
        assertThat(together(h, "Varnian Blue Lantern Society", "Blue Lantern Society of Varnia"))
                .isTrue();
    }

    @Test
    void theArabicArticleIsKeptOrDroppedAlike() {
        var g = groups(article(
                "a",
                "Hamid bin Saleh Al-Tarnawi spoke. Hamid ben Saleh El-Tarnawi agreed. Al-Tarnawi left.",
                "PERSON:Hamid bin Saleh Al-Tarnawi",
                "PERSON:Hamid ben Saleh El-Tarnawi",
                "PERSON:Al-Tarnawi"));
        assertThat(g).hasSize(1);
    }

    @Test
    void oneBodyNamedWithOrWithoutItsCountryAndItsFormIsOneOrganisation() {
        var g = groups(article(
                "a",
                "Floods hit Velmora. The Velmoran Blue Lantern, the Velmora Blue Lantern Society and the"
                        + " Society of the Blue Lantern of Velmora sent aid; the Blue Lantern said more would come."
                        + " The National Seismological Centre and the National Center of Seismology agreed.",
                "LOCATION:Velmora",
                "ORGANIZATION:Velmoran Blue Lantern",
                "ORGANIZATION:Velmora Blue Lantern Society",
                "ORGANIZATION:Society of the Blue Lantern of Velmora",
                "ORGANIZATION:Blue Lantern",
                "ORGANIZATION:National Seismological Centre",
                "ORGANIZATION:National Center of Seismology"));
        assertThat(together(g, "Velmoran Blue Lantern", "Velmora Blue Lantern Society"))
                .isTrue();
        assertThat(together(g, "Blue Lantern", "Society of the Blue Lantern of Velmora"))
                .isTrue();
        assertThat(together(g, "National Seismological Centre", "National Center of Seismology"))
                .isTrue();
    }

    @Test
    void bodiesOfTwoCountriesOrOfTwoFormsStayApart() {
        var g = groups(article(
                "a",
                "The Velmoran Blue Lantern and the Ostrian Blue Lantern met; the Blue Lantern spoke. The"
                        + " National Security Council and the National Security Agency met.",
                "LOCATION:Velmora",
                "LOCATION:Ostria",
                "ORGANIZATION:Velmoran Blue Lantern",
                "ORGANIZATION:Ostrian Blue Lantern",
                "ORGANIZATION:Blue Lantern",
                "ORGANIZATION:National Security Council",
                "ORGANIZATION:National Security Agency"));
        assertThat(together(g, "Velmoran Blue Lantern", "Ostrian Blue Lantern")).isFalse();
        assertThat(together(g, "Blue Lantern", "Ostrian Blue Lantern")).isFalse();
        assertThat(together(g, "Blue Lantern", "Velmoran Blue Lantern")).isFalse();
        assertThat(together(g, "National Security Council", "National Security Agency"))
                .isFalse();
    }

    @Test
    void oneBodyTranslatedWordByWordInTwoArticlesIsOneButTwoBodiesNamedTogetherStayApart() {
        var g = groups(
                article(
                        "a",
                        "The National Office for Flood Relief (NOFR) said the water was falling.",
                        "ORGANIZATION:National Office for Flood Relief",
                        "ORGANIZATION:NOFR"),
                article(
                        "b",
                        "The National Office of Relief of Inundations (ONRI) counted the dead.",
                        "ORGANIZATION:National Office of Relief of Inundations",
                        "ORGANIZATION:ONRI"),
                article(
                        "c",
                        "The National Office for Flood Warning (NOFW) and the National Office for Flood"
                                + " Insurance (NOFI) disagreed.",
                        "ORGANIZATION:National Office for Flood Warning",
                        "ORGANIZATION:NOFW",
                        "ORGANIZATION:National Office for Flood Insurance",
                        "ORGANIZATION:NOFI"));
        assertThat(together(g, "National Office for Flood Relief", "National Office of Relief of Inundations"))
                .isTrue();
        assertThat(together(g, "National Office for Flood Warning", "National Office for Flood Insurance"))
                .isFalse();
        assertThat(together(g, "National Office for Flood Warning", "National Office for Flood Relief"))
                .isFalse();
    }
}
