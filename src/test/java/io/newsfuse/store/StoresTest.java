package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
    @TempDir
    Path tmp;

    @Test
    void createsTheDirectoryAndItsDatabase() {
        Path dir = tmp.resolve("a/b/store");
        try (Store store = Stores.open(dir)) {
            store.saveArticles(List.of(Fixtures.flood()));
            assertThat(store.contains(Fixtures.flood().id())).isTrue();
        }
        assertThat(dir.resolve(SqliteStore.DATABASE_FILE)).isRegularFile();
        assertThat(dir.resolve(SqliteStore.INDEX_DIR)).isDirectory();
    }

    @Test
    void aFileInTheWayIsAOneLineError() throws Exception {
        Path file = Files.writeString(tmp.resolve("store"), "not a directory");
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a directory")
                .message()
                .doesNotContain("\n");
        assertThatThrownBy(() -> Stores.open(file.resolve("inner")))
                .isInstanceOf(StoreException.class)
                .message()
                .doesNotContain("\n");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        String junk = "these bytes are plain text and not an SQLite header at all ".repeat(40);
        Files.writeString(dir.resolve(SqliteStore.DATABASE_FILE), junk);

        assertThatThrownBy(() -> Stores.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a newsfuse database")
                .message()
                .doesNotContain("\n");
        assertThat(Files.readString(dir.resolve(SqliteStore.DATABASE_FILE))).isEqualTo(junk);
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        Path db = dir.resolve(SqliteStore.DATABASE_FILE);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }

        assertThatThrownBy(() -> Stores.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a newsfuse database");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
