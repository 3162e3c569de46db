package io.newsfuse.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * One fresh store location of each kind, for tests that run on every store: a temporary directory for
 * the embedded store, a new database for PostgreSQL (on the server named by the environment variable
 * {@value #SERVER}, e.g. {@code postgresql://newsfuse@127.0.0.1:5433/newsfuse} with {@code PGPASSWORD};
 * {@code scripts/with-postgres.sh} starts a throwaway one). Without the variable the PostgreSQL runs are
 * skipped, with the reason; with it, a server that does not answer fails them (CI must not skip them). Closing a location deletes it; JUnit closes parameters after each
 * test.
 */
public abstract class StoreKind implements AutoCloseable {
    /** The environment variable naming a PostgreSQL server (a database there the tests may create others from). */
    public static final String SERVER = "NEWSFUSE_TEST_POSTGRES";

    /** Each kind, fresh, as named JUnit arguments. */
    public static Stream<Named<StoreKind>> all() {
        return Stream.of(Named.of("sqlite", new Sqlite()), Named.of("postgresql", new Postgres()));
    }

    /** Only PostgreSQL, fresh. */
    public static StoreKind postgres() {
        return new Postgres();
    }

    /** Opens (creating on first use) the store at this kind's location; may be called again to reopen it. */
    public final Store open() {
        return Stores.open(location());
    }

    /** Where the store lives: a directory or an address. */
    public abstract String location();

    /** Whether this kind is PostgreSQL. */
    public abstract boolean shared();

    /** A temporary store directory. */
    private static final class Sqlite extends StoreKind {
        private Path dir;

        @Override
        public synchronized String location() {
            if (dir == null) {
                try {
                    dir = Files.createTempDirectory("newsfuse-store-test");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return dir.resolve("store").toString();
        }

        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public synchronized void close() throws IOException {
            if (dir == null) {
                return;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A database of its own on the test server, dropped afterwards. */
    private static final class Postgres extends StoreKind {
        private PostgresLocation server;
        private String database;

        @Override
        public synchronized String location() {
            if (database == null) {
                String address = System.getenv(SERVER);
                Assumptions.assumeTrue(
                        address != null && !address.isBlank(),
                        "no PostgreSQL server to test on: set " + SERVER + " (scripts/with-postgres.sh does)");
                server = PostgresLocation.parse(address);
                String name = "nf_test_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                try (Connection c = admin();
                        Statement st = c.createStatement()) {
                    st.executeUpdate("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    // named but not answering is a broken setup (CI's cluster did not start), not a reason to skip
                    throw new IllegalStateException(
                            SERVER + " names " + server + ", which is not reachable: " + e.getMessage(), e);
                }
                database = name;
            }
            return "postgresql://" + server.user() + "@" + hostPart() + ":" + server.port() + "/" + database;
        }

        private String hostPart() {
            return server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        }

        private Connection admin() throws SQLException {
            return DriverManager.getConnection(server.jdbcUrl(), server.properties());
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public synchronized void close() throws SQLException {
            if (database == null) {
                return;
            }
            try (Connection c = admin();
                    Statement st = c.createStatement()) {
                st.executeUpdate("DROP DATABASE IF EXISTS " + database.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
            }
        }
    }
}
