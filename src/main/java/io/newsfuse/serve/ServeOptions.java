package io.newsfuse.serve;

import io.newsfuse.ingest.Limits;
import java.nio.file.Path;

/**
 * How a server listens and what it accepts.
 *
 * @param host           the address to bind; loopback unless the operator says otherwise
 * @param port           the TCP port, 0 for any free one
 * @param maxUploadBytes the largest ingest upload accepted, in bytes (larger ones get 413)
 * @param uploadDir      where uploaded files are kept; stable names make re-uploads harmless
 * @param limits         what one uploaded file, record or article may hold
 */
public record ServeOptions(String host, int port, long maxUploadBytes, Path uploadDir, Limits limits) {
    /** The default upload limit: 50 MB. */
    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    public ServeOptions {
        if (host == null || host.isBlank()) {
            host = "127.0.0.1";
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive");
        }
        limits = limits == null ? Limits.defaults() : limits;
    }

    /** Options with the default input limits. */
    public ServeOptions(String host, int port, long maxUploadBytes, Path uploadDir) {
        this(host, port, maxUploadBytes, uploadDir, Limits.defaults());
    }
}
