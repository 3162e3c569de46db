package io.newsfuse.store;

/**
 * A store could not be opened, read or written. Its message is one line meant for the user; the cause,
 * when there is one, is kept for debugging.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
