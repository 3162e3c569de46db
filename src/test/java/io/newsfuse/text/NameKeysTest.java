package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void transliterationsOfOneNameShareAKey() {
        assertThat(NameKeys.of("Zhomart", 3)).isEqualTo(NameKeys.of("Jomart", 3));
        assertThat(NameKeys.of("Kassym", 3)).isEqualTo(NameKeys.of("Kasim", 3));
        assertThat(NameKeys.of("Ortíz-Echeverría", 3)).containsExactly("ortiz", "echeveria");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameKeys.of("Martin", 3)).isNotEqualTo(NameKeys.of("Marvin", 3));
    }

    @Test
    void shortWordsAndPossessivesAreLeftOut() {
        assertThat(NameKeys.of("Al Noor's", 3)).containsExactly("nor");
    }
}
