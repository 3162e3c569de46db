package io.newsfuse.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * A page fetched with a {@code 2xx} status.
 *
 * @param uri         where the body came from, after redirects
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header, or null
 * @param body        the body, decompressed, never larger than the fetcher's size cap
 */
public record Fetched(URI uri, int status, String contentType, byte[] body) {
    public Fetched {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
    }
}
