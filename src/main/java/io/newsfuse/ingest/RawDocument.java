package io.newsfuse.ingest;

import java.util.Objects;

/**
 * One document as read from a source, before any extraction: where it came from, its decoded body and
 * whatever metadata the container already carried (a JSONL line's fields, a WARC record's date).
 *
 * @param source where the document was read from: an absolute file path, a URL, or {@code file.jsonl#L3}
 * @param format how {@code body} is to be read
 * @param body   the decoded text of the document (never null)
 * @param hints  metadata given alongside the body; fields may be null
 */
public record RawDocument(String source, Format format, String body, Hints hints) {

    /** How a body is to be read. */
    public enum Format { TEXT, HTML }

    /** Metadata the source gave next to the body; every field is optional (null when unknown). */
    public record Hints(String url, String title, String published, String language) {
        public static final Hints NONE = new Hints(null, null, null, null);
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        hints = hints == null ? Hints.NONE : hints;
    }
}
