package io.newsfuse.ingest;

/** Why a file or record cannot be read, as one line for a {@link Rejection}. */
final class UnreadableException extends Exception {
    UnreadableException(String reason) {
        super(reason, null, false, false);
    }
}
