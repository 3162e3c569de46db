package io.newsfuse.ingest;

/**
 * A file or record that could not be read, and why, in words a user can act on.
 *
 * @param source the file, URL or record that was rejected
 * @param reason one line, e.g. "not valid UTF-8 at byte 1042"
 */
public record Rejection(String source, String reason) {
    /** The one-line message shown to the user. */
    public String message() {
        return source + ": " + reason;
    }
}
