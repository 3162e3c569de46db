package io.newsfuse.ingest;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the work for one input (reading a file, extracting or analysing a document) so that nothing it
 * throws escapes: an exception, a stack overflow on absurdly nested markup or running out of memory on
 * one huge document becomes a one-line {@link Rejection} naming the input, and the run goes on with the
 * next. The memory of a failed input is freed as its stack unwinds, so the run can continue.
 *
 * <p>Work that hands results on to a consumer (a reader handing documents to the pipeline) wraps that
 * consumer with {@link #passThrough}: what the consumer throws (a store that cannot write) is not the
 * input's fault, so it leaves the boundary unchanged instead of becoming a rejection.
 */
public final class Boundary {
    private Boundary() {}

    /** The work's result, or empty after handing {@code rejected} the reason it failed. */
    public static <T> Optional<T> call(String source, String step, Supplier<T> work, Consumer<Rejection> rejected) {
        try {
            return Optional.ofNullable(work.get());
        } catch (Downstream e) {
            throw e.unwrap();
        } catch (StackOverflowError e) {
            rejected.accept(new Rejection(source, step + " failed: nested too deeply to read", e));
        } catch (OutOfMemoryError e) {
            rejected.accept(new Rejection(source, step + " failed: too large to hold in memory (" + heap() + ")", e));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            rejected.accept(new Rejection(source, reason(step, e), e));
        }
        return Optional.empty();
    }

    /** Runs the work; true when it finished, false after handing {@code rejected} the reason it failed. */
    public static boolean run(String source, String step, Runnable work, Consumer<Rejection> rejected) {
        return call(
                        source,
                        step,
                        () -> {
                            work.run();
                            return Boolean.TRUE;
                        },
                        rejected)
                .isPresent();
    }

    /** {@code consumer}, with whatever it throws marked as not the input's failure. */
    public static <T> Consumer<T> passThrough(Consumer<T> consumer) {
        return value -> {
            try {
                consumer.accept(value);
            } catch (Downstream e) {
                throw e;
            } catch (RuntimeException | Error e) {
                throw new Downstream(e);
            }
        };
    }

    /** The sentence for an unexpected failure: an internal error, named by its kind and message. */
    public static String reason(String step, Throwable e) {
        String message = e.getMessage();
        String line = message == null ? "" : firstLine(message);
        return step + " failed on an internal error (" + e.getClass().getSimpleName()
                + (line.isEmpty() ? "" : ": " + line) + ")";
    }

    /** The first line of a message, at most 200 characters. */
    public static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String heap() {
        return "the heap holds " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    /** What a consumer downstream of the boundary threw, carried through it. */
    private static final class Downstream extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Downstream(Throwable cause) {
            super(null, cause, false, false);
        }

        RuntimeException unwrap() {
            Throwable cause = getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            return (RuntimeException) cause;
        }
    }
}
