package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    /** A fictional crisis told by five outlets, some translated. */
    static List<AnalyzedArticle> story() {
        AnalyzedArticle en1 = article(
                "en1",
                "Tarvakhstan's president Aigerim Dzhaksybekova asked the United Coastal Protection Alliance (UCPA)"
                        + " for troops on Monday. Dzhaksybekova said the UCPA would send soldiers to Korabat, the"
                        + " largest city. Aigerim Dzhaksybekova has ruled since 2027. Defence minister Viktor P. Orlov"
                        + " backed the request. NATO and the OSCE urged restraint. Neighbouring Mergizstan closed"
                        + " its border.",
                "COUNTRY:Tarvakhstan",
                "PERSON:Aigerim Dzhaksybekova",
                "PERSON:Dzhaksybekova",
                "CITY:Korabat",
                "PERSON:Viktor P. Orlov",
                "ORGANIZATION:NATO",
                "ORGANIZATION:OSCE",
                "COUNTRY:Mergizstan",
                "ORGANIZATION:United Coastal Protection Alliance");
        AnalyzedArticle es2 = article(
                "es2",
                "President Aigerim Jaksybekova said that the troops of the United Coastal Protection Alliance"
                        + " (OKPS in its acronym in Ukrainian) reached Korabát on Tuesday. Mrs. Jaksybekova thanked"
                        + " the alliance. Protesters in Kara-Bulak set fire to the mayor's office. Viktor Orlov, the"
                        + " defence minister, was dismissed. Ruslan Kemelov, a former mayor, and his cousin Arman"
                        + " Kemelov were arrested.",
                "PERSON:Aigerim Jaksybekova",
                "ORGANIZATION:United Coastal Protection Alliance",
                "CITY:Korabát",
                "PERSON:Jaksybekova",
                "CITY:Kara-Bulak",
                "PERSON:Viktor Orlov",
                "PERSON:Ruslan Kemelov",
                "PERSON:Arman Kemelov");
        AnalyzedArticle ru3 = article(
                "ru3",
                "Djaksybekova's government blamed foreign-trained militants. The United Coastal Protection said its"
                        + " peacekeepers would stay for two weeks. In Karabulak the curfew continued. Kemelov denied"
                        + " the charges through his lawyer. The Alliance for United Coastal Protection (AUCP) met in"
                        + " Mergizstan. Aigerim Nurpeisova, the opposition leader, called for talks. Aigerim said"
                        + " nothing more.",
                "PERSON:Djaksybekova",
                "ORGANIZATION:United Coastal Protection",
                "CITY:Karabulak",
                "PERSON:Kemelov",
                "ORGANIZATION:Alliance for United Coastal Protection",
                "COUNTRY:Mergizstan",
                "PERSON:Aigerim Nurpeisova",
                "PERSON:Aigerim");
        AnalyzedArticle fr4 = Stories.withMention(
                article(
                        "fr4",
                        "The peacekeepers of the United Coastal Preservation (UCPT) landed near Korabat. The ministry of"
                                + " Tarvakhstan said 40 people died. Almazar Tulegenov, a blogger, was detained in Almazar,"
                                + " the capital. Protests spread to Almazar's suburbs. Dmitri Baranenko, the president of"
                                + " Velmark, and Baranenka's ministers offered support.",
                        "ORGANIZATION:United Coastal Preservation",
                        "CITY:Korabat",
                        "COUNTRY:Tarvakhstan",
                        "PERSON:Almazar Tulegenov",
                        "CITY:Almazar",
                        "PERSON:Dmitri Baranenko",
                        "PERSON:Baranenka",
                        "COUNTRY:Velmark"),
                "Almazar",
                "PERSON",
                2);
        AnalyzedArticle en5 = article(
                "en5",
                "The National Reconciliation Council met in Korabat. The NRC demanded the release of Ruslan"
                        + " Kemelov. The Council for Trade and Cooperation in Asia (CTCA) offered mediation. Orlov"
                        + " resigned. Dmitri Pashenko, the mayor of Almazar, agreed.",
                "ORGANIZATION:National Reconciliation Council",
                "CITY:Korabat",
                "PERSON:Ruslan Kemelov",
                "ORGANIZATION:Council for Trade and Cooperation in Asia",
                "PERSON:Orlov",
                "PERSON:Dmitri Pashenko",
                "CITY:Almazar");
        return List.of(en1, es2, ru3, fr4, en5);
    }

    private final EntityResolver resolver = new EntityResolver();
    private final List<Entity> entities = resolver.resolve(story());

    private Entity entityNamed(String surface) {
        List<Entity> found = entities.stream()
                .filter(e -> e.name().equals(surface) || e.aliases().contains(surface))
                .toList();
        assertThat(found).as("entities called " + surface).hasSize(1);
        return found.getFirst();
    }

    private List<String> names(Entity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        return all;
    }

    @Test
    void mergesTransliteratedSpellingsOfAPersonUnderTheMostUsedFullName() {
        Entity president = entityNamed("Dzhaksybekova");
        assertThat(president.name()).isEqualTo("Aigerim Dzhaksybekova");
        assertThat(president.type()).isEqualTo("PERSON");
        assertThat(president.aliases())
                .containsExactlyInAnyOrder("Dzhaksybekova", "Aigerim Jaksybekova", "Jaksybekova", "Djaksybekova");
        assertThat(president.mentions()).extracting(EntityMention::article).containsOnly("en1", "es2", "ru3");
        assertThat(president.mentions()).hasSize(6);
    }

    @Test
    void mentionsPointAtTheNameWithoutTitleOrPossessive() {
        Entity president = entityNamed("Djaksybekova");
        EntityMention possessive = president.mentions().stream()
                .filter(m -> m.article().equals("ru3"))
                .findFirst()
                .orElseThrow();
        assertThat(possessive.text()).isEqualTo("Djaksybekova");
        assertThat(possessive.begin()).isZero();
        assertThat(possessive.end()).isEqualTo("Djaksybekova".length());
    }

    @Test
    void mergesMiddleInitialFullNameAndUniqueSurname() {
        Entity minister = entityNamed("Orlov");
        assertThat(minister.name()).isEqualTo("Viktor Orlov");
        assertThat(names(minister)).containsExactlyInAnyOrder("Viktor Orlov", "Viktor P. Orlov", "Orlov");
    }

    @Test
    void mergesFinalVowelVariantOfASurname() {
        Entity leader = entityNamed("Baranenka");
        assertThat(leader.name()).isEqualTo("Dmitri Baranenko");
    }

    @Test
    void keepsDifferentLastNamesApartEvenWithTheSameFirstName() {
        assertThat(entityNamed("Dmitri Pashenko")).isNotEqualTo(entityNamed("Dmitri Baranenko"));
        assertThat(entityNamed("Aigerim Nurpeisova")).isNotEqualTo(entityNamed("Aigerim Dzhaksybekova"));
    }

    @Test
    void aBareFirstNameJoinsNobody() {
        Entity aigerim = entityNamed("Aigerim");
        assertThat(aigerim.aliases()).isEmpty();
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysUnmerged() {
        Entity ruslan = entityNamed("Ruslan Kemelov");
        Entity arman = entityNamed("Arman Kemelov");
        Entity bare = entityNamed("Kemelov");
        assertThat(ruslan).isNotEqualTo(arman);
        assertThat(bare).isNotEqualTo(ruslan).isNotEqualTo(arman);
        assertThat(ruslan.mentions()).hasSize(2);
    }

    @Test
    void gathersAnAllianceFromDefinitionsInAnyLanguageReorderingsPrefixesAndVariants() {
        Entity alliance = entityNamed("UCPA");
        assertThat(alliance.name()).isEqualTo("United Coastal Protection Alliance");
        assertThat(alliance.type()).isEqualTo("ORGANIZATION");
        assertThat(names(alliance))
                .containsExactlyInAnyOrder(
                        "United Coastal Protection Alliance",
                        "UCPA",
                        "OKPS",
                        "United Coastal Protection",
                        "Alliance for United Coastal Protection",
                        "AUCP",
                        "United Coastal Preservation",
                        "UCPT");
    }

    @Test
    void collectsUntaggedAcronymUsesAtTheirPlaceInTheText() {
        Entity alliance = entityNamed("UCPA");
        String en1 = story().getFirst().article().text();
        List<EntityMention> acronyms = alliance.mentions().stream()
                .filter(m -> m.text().equals("UCPA"))
                .toList();
        assertThat(acronyms).hasSize(2);
        for (EntityMention m : acronyms) {
            assertThat(en1.substring(m.begin(), m.end())).isEqualTo("UCPA");
        }
    }

    @Test
    void anUndefinedAcronymJoinsTheOneNameWhoseInitialsItSpells() {
        Entity council = entityNamed("National Reconciliation Council");
        assertThat(council.aliases()).containsExactly("NRC");
    }

    @Test
    void findsTheWholeNameBeforeADefinitionAcrossFunctionWords() {
        Entity council = entityNamed("CTCA");
        assertThat(council.name()).isEqualTo("Council for Trade and Cooperation in Asia");
    }

    @Test
    void otherAcronymsStayApart() {
        Entity alliance = entityNamed("UCPA");
        assertThat(entityNamed("NATO")).isNotEqualTo(alliance);
        assertThat(entityNamed("OSCE")).isNotEqualTo(alliance).isNotEqualTo(entityNamed("NATO"));
    }

    @Test
    void mergesPlaceSpellingsWithAccentsAndHyphens() {
        Entity city = entityNamed("Korabát");
        assertThat(city.name()).isEqualTo("Korabat");
        assertThat(city.type()).isEqualTo("LOCATION");
        Entity town = entityNamed("Karabulak");
        assertThat(names(town)).containsExactlyInAnyOrder("Kara-Bulak", "Karabulak");
    }

    @Test
    void keepsSimilarLookingCountriesApart() {
        assertThat(entityNamed("Tarvakhstan")).isNotEqualTo(entityNamed("Mergizstan"));
    }

    @Test
    void aCityIsNeverMergedWithAPersonSharingOneOfItsWordsAndMislabelsAreOutvoted() {
        Entity city = entityNamed("Almazar");
        Entity blogger = entityNamed("Almazar Tulegenov");
        assertThat(city).isNotEqualTo(blogger);
        assertThat(city.type()).isEqualTo("LOCATION");
        assertThat(city.mentions()).hasSize(3);
        assertThat(blogger.mentions()).hasSize(1);
    }

    @Test
    void entitiesAreSortedByMentionCount() {
        assertThat(entities)
                .isSortedAccordingTo(
                        (a, b) -> b.mentions().size() - a.mentions().size());
        assertThat(entities.getFirst().name()).isEqualTo("United Coastal Protection Alliance");
    }

    @Test
    void dropsJunkMentions() {
        AnalyzedArticle a = article(
                "j1", "The a 2031 x Storm hit Velmark.", "MISC:x", "LOCATION:2031", "LOCATION:Velmark", "PERSON:a");
        assertThat(resolver.resolve(List.of(a))).extracting(Entity::name).containsExactly("Velmark");
    }

    @Test
    void resolveAllOffersLookupsForOtherStages() {
        ResolvedEntities resolved = resolver.resolveAll(story());
        assertThat(resolved.entities()).isEqualTo(entities);
        assertThat(resolved.find("es2", "Mrs. Jaksybekova"))
                .map(Entity::name)
                .isEqualTo(Optional.of("Aigerim Dzhaksybekova"));
        assertThat(resolved.canonical("en5", "Orlov")).isEqualTo("Viktor Orlov");
    }

    @Test
    void concurrentResolutionsGiveTheSameResult() {
        List<AnalyzedArticle> articles = story();
        List<List<Entity>> results = java.util.stream.IntStream.range(0, 8)
                .parallel()
                .mapToObj(i -> resolver.resolve(articles))
                .toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(entities));
    }

    @Test
    void entitiesWriteTheJsonContract() {
        Entity president = entityNamed("Dzhaksybekova");
        String json = io.newsfuse.support.Json.write(president);
        assertThat(json)
                .contains(
                        "\"name\":\"Aigerim Dzhaksybekova\"",
                        "\"type\":\"PERSON\"",
                        "\"aliases\":[",
                        "\"mentions\":[{\"article\":\"en1\",\"text\":");
        assertThat(io.newsfuse.support.Json.read(json, Entity.class)).isEqualTo(president);
    }

    @Test
    void emptyInputGivesNoEntities() {
        assertThat(resolver.resolve(List.of())).isEmpty();
    }
}
