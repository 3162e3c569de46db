package io.newsfuse.consolidate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.consolidate.entities.AcronymScanner.AcronymDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymScannerTest {

    private static List<String> pairs(String text) {
        return AcronymScanner.definitions(text).stream()
                .map(d -> d.acronym() + "=" + d.expansion())
                .toList();
    }

    @Test
    void readsTheNameBeforeAParenthesisedAcronym() {
        assertThat(pairs("Leaders asked the United Coastal Protection Alliance (UCPA) for help."))
                .containsExactly("UCPA=United Coastal Protection Alliance");
    }

    @Test
    void acceptsAcronymsFromOtherLanguagesWithAnExplanation() {
        assertThat(pairs("Troops of the United Coastal Protection Alliance (OKPS in its acronym in Ukrainian) came."))
                .containsExactly("OKPS=United Coastal Protection Alliance");
    }

    @Test
    void extendsOverFunctionWordsWhileThatAddsLettersOfTheAcronym() {
        assertThat(pairs("The Council for Trade and Cooperation in Asia (CTCA) met."))
                .containsExactly("CTCA=The Council for Trade and Cooperation in Asia");
        assertThat(pairs("The Peacekeepers of the United Coastal Preservation (UCPT) landed."))
                .containsExactly("UCPT=United Coastal Preservation");
    }

    @Test
    void trimsToTheTailWhoseInitialsSpellTheAcronym() {
        assertThat(pairs("Yesterday Tarvakhstan National Guard Command (NGC) said so."))
                .containsExactly("NGC=National Guard Command");
    }

    @Test
    void readsLowerCaseWordsOfATranslatedNameWhenTheirInitialsSpellTheAcronym() {
        assertThat(pairs("Hostages were held by the Front for defence of Coastal Ports (FDCP) all year."))
                .containsExactly("FDCP=Front for defence of Coastal Ports");
        assertThat(pairs("Hostages were held by the Front of the coast (FDCP) all year."))
                .isEmpty();
    }

    @Test
    void readsReverseDefinitionsOnlyWhenTheInitialsSpellTheAcronym() {
        assertThat(pairs("The NRC (National Reconciliation Council) met."))
                .containsExactly("NRC=National Reconciliation Council");
        assertThat(pairs("The NRC (Tarvakhstan) met.")).isEmpty();
    }

    @Test
    void ignoresExplanationsAndLowerCaseContext() {
        assertThat(pairs("The Velmark Assembly (lower house of parliament) voted."))
                .isEmpty();
        assertThat(pairs("It was signed by many (UCPA) members.")).isEmpty();
        assertThat(pairs("A new rule (the first) applies.")).isEmpty();
    }

    @Test
    void definitionOffsetsPointAtTheText() {
        String text = "Leaders asked the United Coastal Protection Alliance (UCPA) for help.";
        AcronymDefinition d = AcronymScanner.definitions(text).getFirst();
        assertThat(text.substring(d.acronymBegin(), d.acronymEnd())).isEqualTo("UCPA");
        assertThat(text.substring(d.expansionBegin(), d.expansionEnd())).isEqualTo(d.expansion());
    }

    @Test
    void findsStandaloneUpperCaseWordsButNotShoutedLines() {
        String text = "BREAKING NEWS FROM THE COAST TODAY\nThe NRC met. UCPA-led troops and X left.";
        assertThat(AcronymScanner.upperCaseWords(text))
                .extracting(s -> s.text(text))
                .containsExactly("NRC");
    }

    @Test
    void occurrencesAreWholeWords() {
        assertThat(AcronymScanner.occurrences("UCPA and UCPAS and (UCPA)", "UCPA"))
                .hasSize(2);
    }
}
