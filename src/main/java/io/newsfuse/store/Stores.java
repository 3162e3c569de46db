package io.newsfuse.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Opens a store by where it lives, so callers need not know which implementation is behind it: a
 * directory holds the embedded store (SQLite and its Lucene index, for one analyst); an address
 * {@code postgresql://USER@HOST:PORT/DATABASE} names a PostgreSQL database that several processes and
 * machines share.
 */
public final class Stores {
    private Stores() {}

    /**
     * Opens (creating when absent) the store in {@code dir}: an SQLite database and its search index.
     *
     * @throws StoreException with a one-line reason when the directory cannot hold a newsfuse store
     */
    public static Store open(Path dir) {
        return SqliteStore.open(dir);
    }

    /**
     * Opens the store at {@code location}: a PostgreSQL address ({@code postgresql://...}) or a directory.
     *
     * @throws StoreException with a one-line reason when it cannot be opened
     */
    public static Store open(String location) {
        if (PostgresLocation.matches(location)) {
            return PostgresStore.open(location);
        }
        try {
            return open(Path.of(location));
        } catch (InvalidPathException e) {
            throw new StoreException(
                    "cannot open store: " + location + " is not a directory name (" + e.getReason() + ")");
        }
    }

    /**
     * Opens a store that must already exist, for commands that only read one: a directory without a
     * newsfuse database is refused rather than turned into an empty store (a mistyped {@code --db}).
     *
     * @throws StoreException with a one-line reason when there is no store at {@code location}
     */
    public static Store openExisting(String location) {
        if (!PostgresLocation.matches(location)) {
            Path dir;
            try {
                dir = Path.of(location);
            } catch (InvalidPathException e) {
                throw new StoreException(
                        "cannot open store: " + location + " is not a directory name (" + e.getReason() + ")");
            }
            if (!Files.isRegularFile(dir.resolve(SqliteStore.DATABASE_FILE))) {
                throw new StoreException("no newsfuse store in " + location + ": "
                        + (Files.isDirectory(dir)
                                ? "the directory holds no " + SqliteStore.DATABASE_FILE
                                : "no such directory")
                        + " (give --db the directory `newsfuse ingest` wrote to)");
            }
        }
        return open(location);
    }

    /** The location as it may be shown: a directory as given, an address without its password. */
    public static String describe(String location) {
        return PostgresLocation.matches(location)
                ? location.replaceFirst("^(\\w+://[^:@/]*):[^@/]*@", "$1@")
                : location;
    }
}
