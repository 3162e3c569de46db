package io.newsfuse.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagePackTest {
    @Test
    void spellsNumberWordsWithIcuSoPacksNeedNotListThem() {
        assertThat(LanguagePack.of("de").numbers("numbers.units"))
                .containsEntry("einundzwanzig", 21.0)
                .containsEntry("zwölf", 12.0)
                .containsEntry("elf", 11.0)
                .doesNotContainKey(LanguagePack.SPELLOUT);
        assertThat(LanguagePack.of("fr").numbers("numbers.units"))
                .containsEntry("vingt-trois", 23.0)
                .containsEntry("onze", 11.0);
        assertThat(LanguagePack.of("es").numbers("numbers.units"))
                .containsEntry("veintiuno", 21.0)
                .containsEntry("once", 11.0);
    }

    @Test
    void eachLanguageHasItsOwnWordsAndFallsBackToEnglishPerPath() {
        LanguagePack german = LanguagePack.of("de-CH");
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.list("figures.qualifiers.atLeast")).contains("mindestens");
        assertThat(german.list("quotes.speechVerbs")).contains("sagte");
        // a path the German file leaves out comes from English
        assertThat(german.list("dates.pastSuffixExceptions")).isEmpty();
        assertThat(german.list("figures.ageSuffixes")).contains("-jährige");
        assertThat(LanguagePack.of("fr").list("figures.qualifiers.moreThan")).contains("plus de");
        assertThat(LanguagePack.of("es").list("figures.events.missing")).contains("desaparecid*");
    }

    @Test
    void aLanguageWithoutAFileReadsAsEnglish() {
        assertThat(LanguagePack.of("sw").language()).isEqualTo("en");
        assertThat(LanguagePack.of(null).language()).isEqualTo("en");
    }
}
