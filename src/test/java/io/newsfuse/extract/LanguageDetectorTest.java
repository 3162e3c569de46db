package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsEnglishSpanishAndGerman() {
        assertThat(DETECTOR.detect("The harbour authority said on Tuesday that the new bridge would open to "
                        + "traffic next month, after engineers finished checking the cables."))
                .isEqualTo("en");
        assertThat(DETECTOR.detect("La autoridad portuaria dijo el martes que el nuevo puente se abrirá al "
                        + "tráfico el próximo mes, después de que los ingenieros revisen los cables."))
                .isEqualTo("es");
        assertThat(DETECTOR.detect("Die Hafenbehörde teilte am Dienstag mit, dass die neue Brücke im nächsten "
                        + "Monat für den Verkehr freigegeben wird, nachdem Ingenieure die Seile geprüft haben."))
                .isEqualTo("de");
    }

    @Test
    void saysNothingForTooShortText() {
        assertThat(DETECTOR.detect("Ok")).isNull();
        assertThat(DETECTOR.detect("")).isNull();
        assertThat(DETECTOR.detect(null)).isNull();
    }

    @Test
    void choosesOnlyAmongConfiguredLanguages() {
        LanguageDetector englishOrFrench = new LanguageDetector(List.of("en", "FR"));
        assertThat(englishOrFrench.languages()).containsExactlyInAnyOrder("en", "fr");
        assertThat(englishOrFrench.detect("Le pont du port ouvrira le mois prochain, selon les autorités locales."))
                .isEqualTo("fr");
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> new LanguageDetector(List.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx");
    }
}
