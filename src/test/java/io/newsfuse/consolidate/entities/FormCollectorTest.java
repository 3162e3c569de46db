package io.newsfuse.consolidate.entities;

import static io.newsfuse.consolidate.entities.Stories.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormCollectorTest {

    private static NameForm form(FormCollector.Collected c, String display) {
        return c.forms().stream()
                .filter(f -> f.display.equals(display))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void typeIsTheMajorityOverSpellingsWithTheSameKey() {
        AnalyzedArticle a = Stories.withMention(
                article(
                        "a",
                        "Temirbayev spoke. Temirbayev left. Temirbáyev returned.",
                        "PERSON:Temirbayev",
                        "PERSON:Temirbáyev"),
                "Temirbayev",
                "ORGANIZATION",
                1);
        FormCollector.Collected c = FormCollector.collect(List.of(a));
        assertThat(form(c, "Temirbayev").type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTiedVoteDoesNotMakeAPerson() {
        AnalyzedArticle a = Stories.withMention(
                article("a", "Almazar burned. Almazar's mayor fled.", "CITY:Almazar"), "Almazar", "PERSON", 1);
        assertThat(form(FormCollector.collect(List.of(a)), "Almazar").type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTwoWordNameTypedAPlaceIsThePersonItSpells() {
        AnalyzedArticle a = article(
                "a",
                "The governor, Rustem Valiyev, spoke. Later Roustem Valiev left for Ozerny.",
                "LOCATION:Rustem Valiyev",
                "PERSON:Roustem Valiev",
                "LOCATION:Ozerny");
        FormCollector.Collected c = FormCollector.collect(List.of(a));
        assertThat(form(c, "Rustem Valiyev").type).isEqualTo(EntityType.PERSON);
        assertThat(form(c, "Ozerny").type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aOneWordPlaceNamedLikeAPersonStaysAPlace() {
        AnalyzedArticle a =
                article("a", "Marta Kovel flew to Kovel. Kovel is cold.", "PERSON:Marta Kovel", "LOCATION:Kovel");
        assertThat(form(FormCollector.collect(List.of(a)), "Kovel").type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anUntaggedDefinitionAddsBothNamesAndLaterUsesOfTheAcronym() {
        AnalyzedArticle a =
                article("a", "The Union of Northern Ports (UNP) struck. Later the UNP and UNP members marched.");
        FormCollector.Collected c = FormCollector.collect(List.of(a));
        NameForm acronym = form(c, "UNP");
        NameForm expansion = form(c, "Union of Northern Ports");
        assertThat(acronym.occurrences).hasSize(3);
        assertThat(acronym.definedAcronym).isTrue();
        assertThat(expansion.definedExpansion).isTrue();
        assertThat(acronym.type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(c.links()).hasSize(1);
    }

    @Test
    void theAcronymTakesTheTypeOfItsExpansion() {
        AnalyzedArticle a = article(
                "a",
                "Rain hit the Northern Coastal Region (NCR) and the NCR ports.",
                "LOCATION:Northern Coastal Region",
                "ORGANIZATION:NCR");
        FormCollector.Collected c = FormCollector.collect(List.of(a));
        assertThat(form(c, "NCR").type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aDefinitionAfterAPersonIsNotAnAcronym() {
        AnalyzedArticle a = article("a", "Said Ruslan Kemelov (CEO) on Monday.", "PERSON:Ruslan Kemelov");
        FormCollector.Collected c = FormCollector.collect(List.of(a));
        assertThat(c.links()).isEmpty();
    }

    @Test
    void upperCaseWordsTheRecogniserMissedAreKeptAsCandidates() {
        AnalyzedArticle a = article("a", "The NRC met in Korabat.", "CITY:Korabat");
        assertThat(FormCollector.collect(List.of(a)).upperWords())
                .extracting(FormCollector.UpperWord::text)
                .containsExactly("NRC");
    }
}
