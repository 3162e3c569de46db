package io.newsfuse.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameGlossaryTest {
    private final NameGlossary glossary = NameGlossary.get();

    private List<String> gloss(String... words) {
        return glossary.gloss(List.of(words)).stream().sorted().toList();
    }

    @Test
    void organisationsNamedInOtherLanguagesGlossAlike() {
        assertThat(gloss("schweizer", "armee"))
                .isEqualTo(gloss("armee", "suisse"))
                .isEqualTo(gloss("swiss", "army"));
        assertThat(gloss("bundesamt", "fur", "umwelt"))
                .isEqualTo(gloss("office", "federal", "de", "l'environnement"))
                .isEqualTo(gloss("federal", "office", "for", "the", "environment"));
        assertThat(gloss("cruz", "roja", "suiza")).isEqualTo(gloss("swiss", "red", "cross"));
    }

    @Test
    void countriesReadAsTheirCodeInEveryLanguage() {
        assertThat(gloss("schweiz")).containsExactly("country:CH");
        assertThat(gloss("suiza")).containsExactly("country:CH");
        assertThat(gloss("switzerland")).containsExactly("country:CH");
    }

    @Test
    void unknownWordsStayAsWritten() {
        assertThat(gloss("lenzkirch", "sagewerk")).containsExactly("lenzkirch", "sagewerk");
    }

    @Test
    void aCountryOrItsAdjectiveInsideANameReadsAsTheCountry() {
        assertThat(gloss("schweizer", "armee")).contains("country:CH");
        assertThat(gloss("armee", "francaise")).contains("country:FR").isNotEqualTo(gloss("swiss", "army"));
    }

    @Test
    void aCompoundEndingInAKnownWordReadsAsItsTwoParts() {
        assertThat(gloss("meteoswiss"))
                .isEqualTo(gloss("meteosuisse"))
                .isEqualTo(gloss("meteosuiza"))
                .isEqualTo(gloss("meteoschweiz"))
                .containsExactly("country:CH", "meteo");
    }

    @Test
    void aCompoundsKnownFirstPartIsGlossedToo() {
        assertThat(gloss("bundesgericht")).isEqualTo(gloss("federal", "court"));
    }

    @Test
    void anElidedArticleFoldedOntoAWordIsLeftOut() {
        assertThat(gloss("lenvironnement")).isEqualTo(gloss("environment"));
    }

    @Test
    void aRenderingOfSeveralWordsIsReadAsOne() {
        assertThat(gloss("ministerio", "de", "medio", "ambiente")).isEqualTo(gloss("ministry", "of", "environment"));
        assertThat(gloss("garde", "cotes", "italiens")).isEqualTo(gloss("italian", "coast", "guard"));
    }

    @Test
    void citiesReadAsOnePlaceInEveryLanguageIcuNames() {
        assertThat(gloss("wien"))
                .isEqualTo(gloss("vienne"))
                .isEqualTo(gloss("viena"))
                .isEqualTo(gloss("vienna"));
        assertThat(gloss("moskau")).isEqualTo(gloss("moscu")).isNotEqualTo(gloss("wien"));
        assertThat(NameGlossary.isPlace(glossary.gloss(List.of("wien")))).isTrue();
    }
}
