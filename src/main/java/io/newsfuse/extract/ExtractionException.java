package io.newsfuse.extract;

/** A document from which no article could be extracted; the message is one line naming the problem. */
public final class ExtractionException extends RuntimeException {
    public ExtractionException(String message) {
        super(message, null, false, false);
    }
}
