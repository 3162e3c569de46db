package io.newsfuse.cli;

import io.newsfuse.store.PostgresLocation;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR|URL} option every command that uses the store shares. */
final class StoreOption {
    @Option(
            names = "--db",
            paramLabel = "DIR|URL",
            defaultValue = ".newsfuse",
            description =
                    "Store: a directory (SQLite database and Lucene index, for one analyst), or a PostgreSQL database postgresql://USER@HOST:PORT/DATABASE shared by a team and by several machines (the password comes from PGPASSWORD or ~/.pgpass, as for psql). Default: ${DEFAULT-VALUE} in the working directory.")
    String location;

    /** Opens the store. */
    Store open() {
        return Stores.open(location);
    }

    /** The store as it may be printed (no password). */
    String describe() {
        return Stores.describe(location);
    }

    /**
     * Where a server keeps uploaded files: inside a store directory, or {@code newsfuse-uploads} in the
     * working directory beside a PostgreSQL store.
     */
    Path uploads() {
        return PostgresLocation.matches(location)
                ? Path.of("newsfuse-uploads")
                : Path.of(location).resolve("uploads");
    }
}
