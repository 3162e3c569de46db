package io.newsfuse.pipeline;

import io.newsfuse.ingest.Rejection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one document's work so that nothing it throws escapes: an exception, a stack overflow on
 * absurdly nested markup or running out of memory on one huge document becomes a one-line rejection
 * naming the document, and the run goes on with the next. The memory of a failed document is freed as
 * its stack unwinds, so the run can continue.
 */
final class DocumentBoundary {
    private DocumentBoundary() {}

    /** The work's result, or empty after handing {@code rejected} the reason it failed. */
    static <T> Optional<T> run(
            String source, String step, Supplier<T> work, java.util.function.Consumer<Rejection> rejected) {
        try {
            return Optional.ofNullable(work.get());
        } catch (StackOverflowError e) {
            rejected.accept(new Rejection(source, step + " failed: the document is nested too deeply to read"));
        } catch (OutOfMemoryError e) {
            rejected.accept(new Rejection(source, step + " failed: the document is too large to hold in memory"));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            rejected.accept(new Rejection(source, reason(step, e)));
        }
        return Optional.empty();
    }

    /** "extraction failed: ..." for unexpected failures; a reader's own one-line reason as it is. */
    static String reason(String step, Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return step + " failed (" + e.getClass().getSimpleName() + ")";
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return e instanceof io.newsfuse.extract.ExtractionException ? line : step + " failed: " + line;
    }
}
