package io.newsfuse.ingest;

/** Why a URL could not be fetched, as one line a user can act on ("HTTP 404", "no response within 2 s"). */
public final class FetchException extends Exception {
    private final boolean serverAnswered;

    public FetchException(String reason) {
        this(reason, false);
    }

    FetchException(String reason, boolean serverAnswered) {
        super(reason, null, false, false);
        this.serverAnswered = serverAnswered;
    }

    /** Whether the server was reached and answered before things went wrong (e.g. a body too large). */
    boolean serverAnswered() {
        return serverAnswered;
    }
}
