package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void accentsCaseAndUndecomposableLettersFoldAlike() {
        assertThat(Folding.fold("ÉCHEVARRÍA")).isEqualTo(Folding.fold("echevarria"));
        assertThat(Folding.fold("Straße")).isEqualTo("strasse");
        assertThat(Folding.fold("Łódź")).isEqualTo("lodz");
        assertThat(Folding.fold("Søren Æbelø")).isEqualTo("soren aebelo");
        assertThat(Folding.fold("Vüqar Hüseynzadə, Qızılburun")).isEqualTo("vuqar huseynzade, qizilburun");
    }

    @Test
    void everyApostropheReadsTheSame() {
        assertThat(Folding.fold("O’Neill")).isEqualTo(Folding.fold("O'Neill")).isEqualTo("o'neill");
        assertThat(Folding.foldNoApostrophes("O’Neill")).isEqualTo("oneill");
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertThat(Folding.words("  Le pont—fermé, 12 km! ")).containsExactly("le", "pont", "ferme", "12", "km");
        assertThat(Folding.words(null)).isEmpty();
    }
}
