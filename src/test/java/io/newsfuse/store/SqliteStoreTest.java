package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsfuse.analyze.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded store does: its Lucene index beside the database, WAL, one process at a time. */
class SqliteStoreTest {
    @TempDir
    Path dir;

    private final AnalyzedArticle bridge = Fixtures.plain(
            "/data/bridge.txt",
            "Bridge reopens in Korvath",
            "The Korvath river bridge reopened after repairs to its northern pier.",
            LocalDate.of(2031, 3, 2));
    private final AnalyzedArticle strike = Fixtures.plain(
            "https://example.org/strike",
            "Dockworkers walk out",
            "Dockworkers at the port of Semmet began an indefinite strike over pay.",
            LocalDate.of(2031, 5, 1));
    private final AnalyzedArticle undated =
            Fixtures.plain("/data/notes.txt", null, "A council meeting discussed the harbour budget.", null);

    @Test
    void deletedIndexIsRebuiltOnOpen() throws IOException {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge, strike));
        }
        deleteTree(dir.resolve(SqliteStore.INDEX_DIR));

        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.search("Semmet", 10)).containsExactly(strike.id());
            assertThat(store.search("Korvath", 10)).containsExactly(bridge.id());
        }
    }

    @Test
    void corruptIndexIsRebuiltOnOpen() throws IOException {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge));
        }
        try (Stream<Path> files = Files.list(dir.resolve(SqliteStore.INDEX_DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "garbage");
            }
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.search("pier", 10)).containsExactly(bridge.id());
        }
    }

    @Test
    void databaseUsesWriteAheadLogging() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.saveArticles(List.of(bridge));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.DATABASE_FILE));
                var st = c.createStatement();
                var rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aStoreOpenElsewhereIsReportedNotCorrupted() {
        try (SqliteStore first = SqliteStore.open(dir)) {
            first.saveArticles(List.of(bridge));
            assertThatThrownBy(() -> SqliteStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use");
            first.saveArticles(List.of(strike));
            assertThat(first.search("pier", 5)).containsExactly(bridge.id());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(Files.exists(root)).isFalse();
        assertThat(Arrays.asList(root.getParent().toFile().list()))
                .doesNotContain(root.getFileName().toString());
    }
}
