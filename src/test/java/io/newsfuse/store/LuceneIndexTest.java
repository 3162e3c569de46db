package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.store.LuceneIndex.Entry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {
    @TempDir
    Path dir;

    private LuceneIndex index;

    private static Entry entry(String id, String title, String text, String language, LocalDate published) {
        return new Entry(id, title, text, language, published, List.of(), List.of());
    }

    private final Entry quake = LuceneIndexTest.entry(
            "q1",
            "Earthquake shakes Dravik",
            "A strong earthquake struck near Dravik at dawn, damaging the old cathedral.",
            "en",
            LocalDate.of(2031, 1, 9));
    private final Entry zurich = LuceneIndexTest.entry(
            "z1", "Streik in Zürich", "In Zürich streikten am Montag die Fahrer der städtischen Trams.", "de", null);
    private final Entry market = LuceneIndexTest.entry(
            "m1",
            "Markets slide",
            "Shares fell 4% as traders weighed the earthquake's cost to insurers.",
            "en",
            LocalDate.of(2031, 1, 10));

    @BeforeEach
    void open() {
        index = LuceneIndex.open(dir);
        index.add(List.of(quake, zurich, market));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void ranksTitleAndTextMatches() {
        assertThat(index.search("earthquake", 10)).containsExactlyInAnyOrder("q1", "m1");
        assertThat(index.search("earthquake", 10).get(0)).isEqualTo("q1");
        assertThat(index.search("cathedral", 10)).containsExactly("q1");
        assertThat(index.search("earthquake", 1)).hasSize(1);
    }

    @Test
    void queryingSyntaxWorks() {
        assertThat(index.search("\"old cathedral\"", 10)).containsExactly("q1");
        assertThat(index.search("earthquake AND insurers", 10)).containsExactly("m1");
        assertThat(index.search("title:markets", 10)).containsExactly("m1");
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(index.search("ZURICH", 10)).containsExactly("z1");
        assertThat(index.search("stadtischen", 10)).containsExactly("z1");
    }

    @Test
    void apostrophesDoNotHideWords() {
        index.add(List.of(
                LuceneIndexTest.entry("f1", "L'aéroport fermé", "Les vols de l'aéroport sont annulés.", "fr", null)));
        assertThat(index.search("aeroport", 10)).containsExactly("f1");
        assertThat(index.search("earthquake’s", 10)).containsExactlyInAnyOrder("q1", "m1");
    }

    @Test
    void badSyntaxIsReadAsPlainWords() {
        assertThat(index.search("cathedral AND (", 10)).containsExactly("q1");
        assertThat(index.search("\"unclosed dravik", 10)).containsExactly("q1");
        assertThat(index.search("*rav", 10)).isEmpty();
        assertThat(index.search("OR", 10)).isEmpty();
        assertThat(index.search("4%", 10)).containsExactly("m1");
        assertThat(index.search("   ", 10)).isEmpty();
        assertThat(index.search(null, 10)).isEmpty();
        assertThat(index.search("earthquake", 0)).isEmpty();
    }

    @Test
    void addingTheSameIdAgainReplacesIt() {
        index.add(List.of(LuceneIndexTest.entry("q1", "Aftershock", "An aftershock followed.", "en", null)));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search("cathedral", 10)).isEmpty();
        assertThat(index.search("aftershock", 10)).containsExactly("q1");
    }

    @Test
    void replaceAllKeepsOnlyTheGivenArticles() {
        index.replaceAll(List.of(market));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search("earthquake", 10)).containsExactly("m1");
    }

    @Test
    void persistsAcrossReopen() {
        index.close();
        index = LuceneIndex.open(dir);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search("trams", 10)).containsExactly("z1");
    }
}
