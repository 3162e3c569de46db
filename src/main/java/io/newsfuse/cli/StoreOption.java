package io.newsfuse.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every command that uses the store shares. */
final class StoreOption {
    @Option(
            names = "--db",
            paramLabel = "DIR",
            defaultValue = ".newsfuse",
            description =
                    "Store directory (SQLite database and Lucene index). Default: ${DEFAULT-VALUE} in the working directory.")
    Path dir;
}
