package io.newsfuse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens connections to a newsfuse PostgreSQL database and brings its schema up to date with the Flyway
 * migrations in {@code db/migration/postgresql} (Flyway locks the schema while it migrates, so processes
 * starting at once migrate it once). Refuses a database whose schema holds other tables.
 */
final class PostgresDatabase {
    static final String MIGRATIONS = "classpath:db/migration/postgresql";

    private PostgresDatabase() {}

    /** A connection to the database, its schema migrated. */
    static Connection connectMigrated(PostgresLocation location) {
        Connection connection = connect(location);
        try {
            checkBelongsToNewsfuse(connection, location);
            migrate(location);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open store " + location + ": " + SqliteStore.firstLine(e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A plain connection, with a one-line error when the server cannot be reached or refuses it. */
    static Connection connect(PostgresLocation location) {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), location.properties());
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + location + ": " + SqliteStore.firstLine(e), e);
        }
    }

    private static void checkBelongsToNewsfuse(Connection connection, PostgresLocation location) throws SQLException {
        boolean hasTables = false;
        boolean hasHistory = false;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema()")) {
            while (rs.next()) {
                hasTables = true;
                hasHistory |= SqliteDatabase.HISTORY_TABLE.equalsIgnoreCase(rs.getString(1));
            }
        }
        if (hasTables && !hasHistory) {
            throw new StoreException(location + " is not a newsfuse database (it holds other tables)");
        }
    }

    private static void migrate(PostgresLocation location) {
        try {
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), location.user(), location.password())
                    .locations(MIGRATIONS)
                    .table(SqliteDatabase.HISTORY_TABLE)
                    .loggers(SilentFlywayLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare database " + location + ": " + SqliteStore.firstLine(e), e);
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // best effort while reporting the original failure or closing
        }
    }
}
