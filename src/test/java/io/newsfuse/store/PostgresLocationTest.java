package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresLocationTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfTheAddress() {
        PostgresLocation l = PostgresLocation.parse(
                "postgresql://editor@db.example:6543/newsroom", Map.of("PGPASSWORD", "s3cret")::get);
        assertThat(l.user()).isEqualTo("editor");
        assertThat(l.host()).isEqualTo("db.example");
        assertThat(l.port()).isEqualTo(6543);
        assertThat(l.database()).isEqualTo("newsroom");
        assertThat(l.password()).isEqualTo("s3cret");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/newsroom");
        assertThat(l.toString()).doesNotContain("s3cret");
    }

    @Test
    void leftOutPartsComeFromTheEnvironmentAsForPsql() {
        PostgresLocation l =
                PostgresLocation.parse("postgres://db.example", Map.of("PGUSER", "desk", "PGPORT", "5499")::get);
        assertThat(l.user()).isEqualTo("desk");
        assertThat(l.port()).isEqualTo(5499);
        assertThat(l.database()).as("named after the user, as libpq does").isEqualTo("desk");
    }

    @Test
    void aPasswordInTheAddressWinsAndIsNeverShown() {
        PostgresLocation l = PostgresLocation.parse(
                "postgresql://editor:p%40ss@db.example/newsroom", Map.of("PGPASSWORD", "other")::get);
        assertThat(l.password()).isEqualTo("p@ss");
        assertThat(l.port()).isEqualTo(5432);
        assertThat(Stores.describe("postgresql://editor:p%40ss@db.example/newsroom"))
                .isEqualTo("postgresql://editor@db.example/newsroom");
    }

    @Test
    void thePasswordFileIsReadWhenNoPasswordIsGiven() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# team database\nother.example:*:*:*:wrong\ndb.example:6543:*:editor:from-file\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            PostgresLocation l = PostgresLocation.parse(
                    "postgresql://editor@db.example:6543/newsroom", Map.<String, String>of()::get);
            assertThat(l.password()).isEqualTo("from-file");
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void aMalformedAddressIsAOneLineError() {
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://", Map.<String, String>of()::get))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://USER@HOST:PORT/DATABASE");
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://a b@host/db", Map.<String, String>of()::get))
                .isInstanceOf(StoreException.class)
                .message()
                .doesNotContain("\n");
    }

    @Test
    void anUnreachableServerIsAOneLineError() {
        assertThatThrownBy(() -> Stores.open("postgresql://nobody@127.0.0.1:1/newsfuse"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to postgresql://nobody@127.0.0.1:1/newsfuse")
                .message()
                .doesNotContain("\n");
    }
}
