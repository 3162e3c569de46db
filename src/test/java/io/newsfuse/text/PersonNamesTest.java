package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void surnameAloneFitsEveryFullNameWithThatSurname() {
        assertThat(PersonNames.compatible("Venn", "Dora Venn")).isTrue();
        assertThat(PersonNames.compatible("Venn", "Karl Venn")).isTrue();
    }

    @Test
    void initialsMustAgreeWithTheGivenNames() {
        assertThat(PersonNames.compatible("D. Venn", "Dora Venn")).isTrue();
        assertThat(PersonNames.compatible("Do. Venn", "Dora Venn")).isTrue();
        assertThat(PersonNames.compatible("K. Venn", "Dora Venn")).isFalse();
    }

    @Test
    void givenNamesMustAppearInOrderAndSurnamesAgree() {
        assertThat(PersonNames.compatible("Dora Venn", "Dora Maria Venn")).isTrue();
        assertThat(PersonNames.compatible("Maria Venn", "Dora Venn")).isFalse();
        assertThat(PersonNames.compatible("Dora Venn", "Dora Vennström")).isFalse();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(PersonNames.compatible("É. Sörén", "Elise Soren")).isTrue();
    }
}
