package io.newsfuse.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a file holds, judged by its name: its content type and whether it is gzip-compressed. */
record FileKind(Type type, boolean gzipped) {

    /** The content types newsfuse reads. */
    enum Type {
        TEXT,
        HTML,
        JSON_LINES,
        JSON,
        WARC,
        FEED
    }

    /** The kind a file name announces, or empty when newsfuse does not read such files. */
    static Optional<FileKind> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        boolean gzipped = lower.endsWith(".gz");
        if (gzipped) {
            lower = lower.substring(0, lower.length() - 3);
        }
        Type type;
        if (lower.endsWith(".txt")) {
            type = Type.TEXT;
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            type = Type.HTML;
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            type = Type.JSON_LINES;
        } else if (lower.endsWith(".json")) {
            type = Type.JSON;
        } else if (lower.endsWith(".warc")) {
            type = Type.WARC;
        } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            type = Type.FEED;
        } else {
            return Optional.empty();
        }
        return Optional.of(new FileKind(type, gzipped));
    }
}
