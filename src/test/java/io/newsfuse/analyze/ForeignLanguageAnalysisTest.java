package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.support.TestModels;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Articles in German, French and Spanish (fictional events, written for this test) are read in their own
 * language: CoreNLP's model for the language finds the people and places, the language's word pack
 * reads figures with their qualifiers, relative dates and who is quoted.
 */
class ForeignLanguageAnalysisTest {
    private final Analyzer analyzer = TestModels.MODELS.analyzer();

    private static final String GERMAN = "Brand in Lenzkirch\n\n"
            + "Beim Brand einer Sägerei in Lenzkirch sind am Freitagabend mindestens zwölf Menschen verletzt worden. "
            + "Rund 1'200 Anwohner wurden evakuiert, wie die Polizei mitteilte. Der Schaden beträgt knapp "
            + "3,5 Millionen Euro.\n\n"
            + "„Wir hatten großes Glück im Unglück“, sagte Bürgermeisterin Petra Lehner am Samstag. "
            + "Vor zwei Tagen hatte die Feuerwehr noch eine Übung auf dem Gelände abgehalten.";

    private static final String FRENCH = "Incendie à Saint-Flour\n\n"
            + "Un incendie a ravagé samedi soir un entrepôt de Saint-Flour, dans le Cantal. Plus de 80 pompiers "
            + "ont été mobilisés et une vingtaine de personnes ont été évacuées. Au moins trois blessés ont été "
            + "transportés à l'hôpital d'Aurillac.\n\n"
            + "« Le feu s'est propagé en quelques minutes », a déclaré le maire Claire Dubois. "
            + "Les enquêteurs reviendront sur place lundi prochain.";

    private static final String SPANISH = "Inundaciones en Teruel\n\n"
            + "Unas 1.500 personas fueron evacuadas el pasado lunes en la comarca de Teruel tras el desbordamiento "
            + "del río Guadalaviar. Al menos cuatro personas murieron y cerca de 30 resultaron heridas, "
            + "informó la Guardia Civil.\n\n"
            + "\"El agua subió más de un metro en media hora\", explicó la alcaldesa Lucía Ferrer. "
            + "Las clases seguirán suspendidas hasta mañana.\n\n"
            + "\"Nunca habíamos visto algo así\", contó a Reuters el agricultor Pablo Ortega.";

    private AnalyzedArticle analyse(String text, String language, LocalDate published) {
        Article article = new Article(
                "a-" + language,
                "/tmp/" + language + ".txt",
                text.substring(0, text.indexOf('\n')),
                text,
                published,
                Article.DateOrigin.TEXT,
                language,
                "Zeitung",
                List.of(),
                OffsetMap.identity(text.length()));
        return analyzer.analyze(article);
    }

    private static Figure figure(AnalyzedArticle a, double value) {
        return a.figures().stream()
                .filter(f -> f.value() == value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + a.figures()));
    }

    @Test
    void readsGermanFiguresDatesQuotesAndNames() {
        AnalyzedArticle a = analyse(GERMAN, "de", LocalDate.of(2025, 3, 9)); // a Sunday
        Figure injured = figure(a, 12);
        assertThat(injured.measure()).isEqualTo(Figure.INJURED);
        assertThat(injured.qualifier()).isEqualTo("AT_LEAST");
        Figure evacuated = figure(a, 1200);
        assertThat(evacuated.measure()).isEqualTo("evacuated");
        assertThat(evacuated.qualifier()).isEqualTo("ABOUT");
        Figure damage = figure(a, 3_500_000);
        assertThat(damage.unit()).isEqualTo("EUR");
        assertThat(damage.qualifier()).isEqualTo("ALMOST");
        assertThat(a.times())
                .extracting(TimeMention::text, TimeMention::date)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Freitagabend", LocalDate.of(2025, 3, 7)),
                        org.assertj.core.groups.Tuple.tuple("Vor zwei Tagen", LocalDate.of(2025, 3, 7)));
        assertThat(a.quotes()).extracting(Quote::speaker).contains("Petra Lehner");
        assertThat(a.mentions())
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text)
                .contains("Petra Lehner");
        assertThat(a.mentions()).extracting(Mention::text).contains("Lenzkirch");
    }

    @Test
    void readsFrenchFiguresDatesQuotesAndNames() {
        AnalyzedArticle a = analyse(FRENCH, "fr", LocalDate.of(2025, 6, 15)); // a Sunday
        Figure firefighters = figure(a, 80);
        assertThat(firefighters.qualifier()).isEqualTo("MORE_THAN");
        Figure evacuated = figure(a, 20);
        assertThat(evacuated.measure()).isEqualTo("evacuated");
        Figure injured = figure(a, 3);
        assertThat(injured.measure()).isEqualTo(Figure.INJURED);
        assertThat(injured.qualifier()).isEqualTo("AT_LEAST");
        assertThat(a.times())
                .filteredOn(t -> t.text().startsWith("samedi"))
                .extracting(TimeMention::date)
                .contains(LocalDate.of(2025, 6, 14));
        assertThat(a.times())
                .filteredOn(t -> t.text().startsWith("lundi"))
                .extracting(TimeMention::date)
                .contains(LocalDate.of(2025, 6, 16));
        assertThat(a.quotes()).extracting(Quote::speaker).contains("Claire Dubois");
        assertThat(a.mentions())
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text)
                .contains("Claire Dubois");
    }

    @Test
    void readsSpanishFiguresDatesQuotesAndNames() {
        AnalyzedArticle a = analyse(SPANISH, "es", LocalDate.of(2025, 11, 12)); // a Wednesday
        Figure evacuated = figure(a, 1500);
        assertThat(evacuated.measure()).isEqualTo("evacuated");
        assertThat(evacuated.qualifier()).isEqualTo("ABOUT");
        Figure killed = figure(a, 4);
        assertThat(killed.measure()).isEqualTo(Figure.KILLED);
        assertThat(killed.qualifier()).isEqualTo("AT_LEAST");
        Figure injured = figure(a, 30);
        assertThat(injured.measure()).isEqualTo(Figure.INJURED);
        assertThat(injured.qualifier()).isEqualTo("ABOUT");
        assertThat(a.times())
                .filteredOn(t -> t.text().contains("lunes"))
                .extracting(TimeMention::date)
                .contains(LocalDate.of(2025, 11, 10));
        assertThat(a.times())
                .filteredOn(t -> t.text().equals("mañana"))
                .extracting(TimeMention::date)
                .contains(LocalDate.of(2025, 11, 13));
        assertThat(a.quotes()).extracting(Quote::speaker).contains("Lucía Ferrer", "Pablo Ortega");
        assertThat(a.mentions())
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text)
                .contains("Lucía Ferrer");
    }

    @Test
    void eachLanguageSaysWhichAnalysisItGets() {
        assertThat(AnalysisLabel.of("de")).contains("CoreNLP German").contains("de word pack");
        assertThat(AnalysisLabel.of("en")).contains("CoreNLP English");
        assertThat(AnalysisLabel.of("ru")).contains("no entity model").contains("no ru word pack");
    }
}
