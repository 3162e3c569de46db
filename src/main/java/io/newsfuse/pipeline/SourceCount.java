package io.newsfuse.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Counts the documents files and folders hold, before reading them, when each file is one document
 * (text and HTML pages): a run's progress can then show its whole total. Files that hold many
 * documents (JSON Lines, feeds, web archives, compressed files) make the count unknown.
 */
final class SourceCount {
    private static final int MAX_FILES = 1_000_000;

    private SourceCount() {}

    /** The number of documents, or -1 when it cannot be known without reading them. */
    static long documents(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                long one = one(p);
                if (one < 0) {
                    return -1;
                }
                n += one;
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    long[] count = {0};
                    boolean[] unknown = {false};
                    walk.limit(MAX_FILES)
                            .filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .forEach(f -> {
                                long one = one(f);
                                if (one < 0) {
                                    unknown[0] = true;
                                } else {
                                    count[0] += one;
                                }
                            });
                    if (unknown[0]) {
                        return -1;
                    }
                    n += count[0];
                } catch (IOException | java.io.UncheckedIOException e) {
                    return -1;
                }
            }
        }
        return n;
    }

    /** 1 for a one-document file, 0 for one the reader skips, -1 for one holding many documents. */
    private static long one(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
            return 1;
        }
        if (name.endsWith(".jsonl")
                || name.endsWith(".json")
                || name.endsWith(".rss")
                || name.endsWith(".atom")
                || name.endsWith(".xml")
                || name.endsWith(".warc")
                || name.endsWith(".gz")) {
            return -1;
        }
        return 0;
    }
}
