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
    public enum Format {
        TEXT,
        HTML
    }

    /**
     * Metadata the source gave next to the body; every field is optional (null when unknown).
     *
     * @param published         a publication date the container states for the document (wins over the page's own)
     * @param fallbackPublished a date to use only when the page gives none (a WARC record's crawl date)
     */
    public record Hints(String url, String title, String published, String language, String fallbackPublished) {
        public static final Hints NONE = new Hints(null, null, null, null, null);

        /** Hints without a fallback date. */
        public Hints(String url, String title, String published, String language) {
            this(url, title, published, language, null);
        }
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        hints = hints == null ? Hints.NONE : hints;
    }
}
