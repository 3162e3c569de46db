package io.newsfuse.store;

import java.nio.file.Path;

/** Opens the store kept in a directory, so callers need not know which implementation is behind it. */
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
}
