package io.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvisiblesTest {
    @Test
    void softHyphensAndZeroWidthSpacesLeaveButPersianJoinersStay() {
        assertThat(Invisibles.strip("Mat\u00ADthi\u00ADas\u200B Berg\uFEFF")).isEqualTo("Matthias Berg");
        assertThat(Invisibles.strip("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(Invisibles.strip(null)).isEmpty();
    }
}
