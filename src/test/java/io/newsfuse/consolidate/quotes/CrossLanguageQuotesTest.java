package io.newsfuse.consolidate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossLanguageQuotesTest {
    @Test
    void aNameOrNumberBothWordingsCarryMakesThemOneStatement() {
        var german = CrossLanguageQuotes.anchors("Noch nie ist die Wutach so schnell gestiegen, fast 3 Meter");
        var french = CrossLanguageQuotes.anchors("Jamais la Wutach n'était montée aussi vite");
        assertThat(german).contains("wutach");
        assertThat(CrossLanguageQuotes.score(german, false, french, false)).isEqualTo(1.0);
    }

    @Test
    void withoutSharedNamesOnlyTheSpeakersSoleQuotesMeet() {
        var a = CrossLanguageQuotes.anchors("Das Dorf ist abgeschnitten");
        var b = CrossLanguageQuotes.anchors("el pueblo está aislado");
        assertThat(CrossLanguageQuotes.score(a, true, b, true)).isPositive();
        assertThat(CrossLanguageQuotes.score(a, true, b, false)).isZero();
    }
}
