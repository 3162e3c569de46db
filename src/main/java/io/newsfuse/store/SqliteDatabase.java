package io.newsfuse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the newsfuse SQLite database: WAL journal, foreign keys enforced, schema brought up to date by
 * the Flyway migrations in {@code db/migration/sqlite}. Refuses databases that belong to something else.
 */
final class SqliteDatabase {
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
    static final String HISTORY_TABLE = "flyway_schema_history";

    private SqliteDatabase() {}

    /** A migrated connection to the database in {@code file}, which is created when absent. */
    static Connection connect(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            checkBelongsToNewsfuse(connection, file);
            migrate(dataSource, file);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw translate(e, file);
        } catch (StoreException e) {
            close(connection);
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config;
    }

    /** A database with tables but no migration history was not made by newsfuse. */
    private static void checkBelongsToNewsfuse(Connection connection, Path file) throws SQLException {
        boolean hasTables = false;
        boolean hasHistory = false;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                hasTables = true;
                hasHistory |= HISTORY_TABLE.equalsIgnoreCase(rs.getString(1));
            }
        }
        if (hasTables && !hasHistory) {
            throw new StoreException(file + " is not a newsfuse database (it holds other tables)");
        }
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .loggers(SilentFlywayLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare database " + file + ": " + SqliteStore.firstLine(e), e);
        }
    }

    private static StoreException translate(SQLException e, Path file) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new StoreException(file + " is not a newsfuse database (not an SQLite file)", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new StoreException("cannot open database " + file + " (is it a directory, or unreadable?)", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_PERM) {
                return new StoreException("database " + file + " is read-only", e);
            }
        }
        return new StoreException("cannot open database " + file + ": " + SqliteStore.firstLine(e), e);
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // best effort while reporting the original failure
        }
    }
}
