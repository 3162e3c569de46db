package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {

    @Test
    void wordsOfOneStemAreTheSameWord() {
        assertThat(Stems.same("seismological", "seismology")).isTrue();
        assertThat(Stems.same("emergencies", "emergency")).isTrue();
        assertThat(Stems.same("centre", "center")).isTrue();
    }

    @Test
    void otherWordsAndShortWordsAreNot() {
        assertThat(Stems.same("national", "nationalist")).isFalse();
        assertThat(Stems.same("security", "safety")).isFalse();
        assertThat(Stems.same("art", "arts")).isFalse();
    }
}
