package io.newsfuse.pipeline;

import io.newsfuse.extract.ExtractionException;
import io.newsfuse.ingest.Boundary;
import io.newsfuse.ingest.Rejection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one document's work inside a {@link Boundary}, so that nothing it throws escapes: an exception,
 * a stack overflow on absurdly nested markup or running out of memory on one huge document becomes a
 * one-line rejection naming the document, and the run goes on with the next. The extractor's own
 * reasons ({@link ExtractionException}: no text, not an article) are passed on as they are.
 */
final class DocumentBoundary {
    private DocumentBoundary() {}

    /** The work's result, or empty after handing {@code rejected} the reason it failed. */
    static <T> Optional<T> run(String source, String step, Supplier<T> work, Consumer<Rejection> rejected) {
        return Boundary.call(
                source,
                step,
                () -> {
                    try {
                        return work.get();
                    } catch (ExtractionException e) {
                        String message = e.getMessage();
                        rejected.accept(new Rejection(
                                source,
                                message == null || message.isBlank()
                                        ? Boundary.reason(step, e)
                                        : Boundary.firstLine(message)));
                        return null;
                    }
                },
                rejected);
    }
}
