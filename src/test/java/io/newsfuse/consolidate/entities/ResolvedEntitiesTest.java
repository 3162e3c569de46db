package io.newsfuse.consolidate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolvedEntitiesTest {

    private final ResolvedEntities resolved = new EntityResolver().resolveAll(EntityResolverTest.story());

    private Optional<String> find(String article, String text) {
        return resolved.find(article, text).map(Entity::name);
    }

    @Test
    void findsAPersonByTitleAndSurname() {
        assertThat(find("en5", "Mr. Orlov")).contains("Viktor Orlov");
        assertThat(find("es2", "Mrs. Jaksybekova")).contains("Aigerim Dzhaksybekova");
        assertThat(find("en1", "President Dzhaksybekova's")).contains("Aigerim Dzhaksybekova");
    }

    @Test
    void findsASpellingNeverSeenInTheStory() {
        assertThat(find("en1", "Aigerim Zhaksybekova")).contains("Aigerim Dzhaksybekova");
        assertThat(find("en1", "Jaksybekova")).contains("Aigerim Dzhaksybekova");
    }

    @Test
    void findsANameAfterADescriptionOfThePerson() {
        assertThat(find("en1", "Defence minister Viktor Orlov")).contains("Viktor Orlov");
    }

    @Test
    void findsOrganisationsByAcronymOrExpansion() {
        assertThat(find("ru3", "UCPA")).contains("United Coastal Protection Alliance");
        assertThat(find("es2", "the United Coastal Protection Alliance"))
                .contains("United Coastal Protection Alliance");
        assertThat(find("en5", "NRC")).contains("National Reconciliation Council");
    }

    @Test
    void aSharedSurnameIsResolvedOnlyWhenTheArticleSettlesIt() {
        assertThat(find("es2", "Kemelov")).isEmpty();
        assertThat(find("en5", "Mr. Kemelov")).contains("Ruslan Kemelov");
        assertThat(find("ru3", "Kemelov")).contains("Kemelov");
        assertThat(find("en5", "Ruslan Kemelov")).contains("Ruslan Kemelov");
    }

    @Test
    void descriptionsAndUnknownNamesGiveNothing() {
        assertThat(find("en1", "the Tarvakhstani president")).isEmpty();
        assertThat(find("en1", "Zoltan Freeman")).isEmpty();
        assertThat(find("en1", "")).isEmpty();
        assertThat(find("en1", null)).isEmpty();
    }

    @Test
    void aPlaceIsNotFoundAsThePersonSharingItsName() {
        assertThat(resolved.find("fr4", "Almazar")).map(Entity::type).contains("LOCATION");
    }

    @Test
    void canonicalFallsBackToTheCleanedName() {
        assertThat(resolved.canonical("en1", "Korabát")).isEqualTo("Korabat");
        assertThat(resolved.canonical("en1", "Mr. Freeman's")).isEqualTo("Freeman");
    }
}
