package io.newsfuse.consolidate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.consolidate.entities.EntityAssembler.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAssemblerTest {

    @Test
    void aFullNameBeatsAMoreFrequentSurnameOrAcronym() {
        assertThat(EntityAssembler.canonical(
                        List.of(Usage.of("Orlov", 0, "a", "a", "b", "c"), Usage.of("Viktor Orlov", 1, "a"))))
                .isEqualTo("Viktor Orlov");
        assertThat(EntityAssembler.canonical(List.of(
                        Usage.of("UCPA", 0, "a", "b", "c"), Usage.of("United Coastal Protection Alliance", 1, "a"))))
                .isEqualTo("United Coastal Protection Alliance");
    }

    @Test
    void aCountryIsNotCalledByItsPeoplesAdjective() {
        assertThat(EntityAssembler.canonical(
                        List.of(Usage.of("Swiss", 0, "a", "b", "c"), Usage.of("Switzerland", 1, "a"))))
                .isEqualTo("Switzerland");
    }

    @Test
    void theFullFormUsedByMostOutletsWins() {
        assertThat(EntityAssembler.canonical(List.of(
                        Usage.of("Aigerim Jaksybekova", 0, "a", "a", "a"),
                        Usage.of("Aigerim Dzhaksybekova", 1, "b", "c", "d"))))
                .isEqualTo("Aigerim Dzhaksybekova");
    }

    @Test
    void aLongerFormWinsOnlyWhenUsedWidely() {
        assertThat(EntityAssembler.canonical(List.of(
                        Usage.of("United Coastal Protection", 0, "a", "b"),
                        Usage.of("United Coastal Protection Alliance", 1, "c"))))
                .isEqualTo("United Coastal Protection Alliance");
        assertThat(EntityAssembler.canonical(List.of(
                        Usage.of("Viktor Orlov", 0, "a", "b", "c", "d"), Usage.of("Viktor Petrovich Orlov", 1, "e"))))
                .isEqualTo("Viktor Orlov");
    }

    @Test
    void tiesGoToTheMostUsedSpellingsThenToTheFormWithoutInitials() {
        assertThat(EntityAssembler.canonical(List.of(
                        Usage.of("Kassym-Shanat Oralbekov", 0, "a"),
                        Usage.of("Kassym-Zhanat Oralbekov", 1, "b"),
                        Usage.of("Kasim-Zhanat Oralbekov", 2, "c"))))
                .isEqualTo("Kassym-Zhanat Oralbekov");
        assertThat(EntityAssembler.canonical(
                        List.of(Usage.of("Viktor P. Orlov", 0, "a"), Usage.of("Viktor Orlov", 1, "b"))))
                .isEqualTo("Viktor Orlov");
    }

    @Test
    void withoutFullFormsTheMostUsedFormWins() {
        assertThat(EntityAssembler.canonical(List.of(Usage.of("Korabát", 0, "a"), Usage.of("Korabat", 1, "b", "c"))))
                .isEqualTo("Korabat");
    }

    @Test
    void assembledEntitiesHaveStableIdsAndNoDuplicateMentions() {
        var story = EntityResolverTest.story();
        List<Entity> first = new EntityResolver().resolve(story);
        List<Entity> second = new EntityResolver().resolve(story);
        assertThat(first)
                .extracting(Entity::id)
                .containsExactlyElementsOf(second.stream().map(Entity::id).toList());
        for (Entity e : first) {
            assertThat(e.mentions()).doesNotHaveDuplicates();
            assertThat(e.aliases()).doesNotContain(e.name()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPersonIsAlsoListedUnderEachSpellingOfTheSurnameAlone() {
        List<String> aliases = new java.util.ArrayList<>(List.of("Iljas Jussupow", "Yusupov"));
        EntityAssembler.addSurnames("Ilyas Yusupov", List.of("Ilyas Yusupov", "Iljas Jussupow", "Yusupov"), aliases);
        assertThat(aliases).containsExactly("Iljas Jussupow", "Yusupov", "Jussupow");
    }
}
