package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static io.newsfuse.consolidate.entities.Stories.groups;
import static io.newsfuse.consolidate.entities.Stories.in;
import static io.newsfuse.consolidate.entities.Stories.together;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisations named in several languages in one story, the recogniser having tagged only some. */
class NamesAcrossLanguagesTest {
    @Test
    void anUntaggedTranslationOfANameTaggedInAnotherLanguageJoinsIt() {
        var g = groups(
                article("a", "The Swiss Army sent 40 soldiers to Varnello on Sunday.", "ORGANIZATION:Swiss Army"),
                in("fr", article("b", "L'armée suisse a envoyé 40 soldats à Varnello dimanche.", "CITY:Varnello")));
        assertThat(together(g, "Swiss Army", "armée suisse")).isTrue();
    }

    @Test
    void aLongerNameAroundTheTaggedPartIsFoundAsTheTranslation() {
        // the recogniser tagged only "Red Cross" in the English article
        var g = groups(
                article("a", "The Swiss Red Cross opened a shelter in Varnello.", "ORGANIZATION:Red Cross"),
                in(
                        "fr",
                        article(
                                "b",
                                "La Croix-Rouge suisse a ouvert un abri à Varnello.",
                                "ORGANIZATION:Croix-Rouge suisse")));
        assertThat(together(g, "Swiss Red Cross", "Croix-Rouge suisse")).isTrue();
        assertThat(together(g, "Red Cross", "Croix-Rouge suisse")).isFalse();
    }

    @Test
    void wordsOfTheNamesOwnLanguageStayAPhrase() {
        // "swiss army" in a knife's name, written in the language the body was named in, is no mention of it
        var g = groups(
                article("a", "The Swiss Army sent 40 soldiers.", "ORGANIZATION:Swiss Army"),
                article("b", "Rescuers cut the rope with a swiss army knife."));
        assertThat(g.toString()).doesNotContain("swiss army");
    }

    @Test
    void anAcronymSpelledLetterByLetterByALowerCaseNameDefinesIt() {
        var g = groups(
                article(
                        "a",
                        "The Federal Office for the Environment (FOEN) measured the river at Varnello.",
                        "ORGANIZATION:Federal Office for the Environment"),
                in(
                        "fr",
                        article(
                                "b",
                                "Selon les mesures du canton; l'Office fédéral de l'environnement (OFEV) évoque un pic.")));
        assertThat(together(g, "OFEV", "Office fédéral de l'environnement")).isTrue();
        assertThat(together(g, "OFEV", "FOEN")).isTrue();
    }

    @Test
    void aCountryAndACompoundNameAreFoundAloneInAnotherLanguage() {
        var g = groups(
                article(
                        "a",
                        "Switzerland's weather service MeteoSwiss warned of more rain in Varnello.",
                        "COUNTRY:Switzerland",
                        "ORGANIZATION:MeteoSwiss"),
                in(
                        "es",
                        article(
                                "b",
                                "Suiza reforzó sus diques. El servicio MeteoSuiza prevé más lluvia en Varnello.")));
        assertThat(together(g, "Switzerland", "Suiza")).isTrue();
        assertThat(together(g, "MeteoSwiss", "MeteoSuiza")).isTrue();
    }

    @Test
    void theArmiesOfTwoCountriesStayApart() {
        var g = groups(
                article("a", "The Swiss Army sent 40 soldiers to Varnello.", "ORGANIZATION:Swiss Army"),
                in("fr", article("b", "L'armée française a envoyé 40 soldats à Varnello.")));
        assertThat(g.toString()).doesNotContain("armée française");
    }

    @Test
    void anEntityNamedInSeveralLanguagesIsCalledByItsEnglishName() {
        var entities = new EntityResolver()
                .resolve(java.util.List.of(
                        in(
                                "fr",
                                article(
                                        "a",
                                        "La Croix-Rouge suisse a ouvert un abri. La Croix-Rouge suisse accueille 40 familles.",
                                        "ORGANIZATION:Croix-Rouge suisse")),
                        in("es", article("b", "La Cruz Roja Suiza abrió un albergue.", "ORGANIZATION:Cruz Roja Suiza")),
                        article("c", "The Swiss Red Cross opened a shelter.", "ORGANIZATION:Swiss Red Cross")));
        assertThat(entities)
                .extracting(Entity::name)
                .contains("Swiss Red Cross")
                .doesNotContain("Croix-Rouge suisse");
    }

    @Test
    void peoplesAdjectivesAndHyphenatedRenderingsTranslateAcrossLanguages() {
        var g = groups(
                article(
                        "a",
                        "The Italian Coast Guard found the dinghy off Varnello.",
                        "ORGANIZATION:Italian Coast Guard"),
                in("fr", article("b", "Les garde-côtes italiens ont retrouvé le canot au large de Varnello.")),
                in(
                        "de",
                        article(
                                "c",
                                "Die italienische Küstenwache fand das Boot vor Varnello.",
                                "ORGANIZATION:Küstenwache")));
        assertThat(together(g, "Italian Coast Guard", "garde-côtes italiens")).isTrue();
        assertThat(together(g, "Italian Coast Guard", "italienische Küstenwache"))
                .isTrue();
    }

    @Test
    void aCityNamedInTwoLanguagesIsOnePlace() {
        var g = groups(
                article("a", "Talks resume in Vienna on Monday.", "CITY:Vienna"),
                in("de", article("b", "Die Gespräche gehen am Montag in Wien weiter.", "CITY:Wien")));
        assertThat(together(g, "Vienna", "Wien")).isTrue();
    }
}
