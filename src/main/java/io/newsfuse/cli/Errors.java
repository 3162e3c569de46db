package io.newsfuse.cli;

import io.newsfuse.ingest.Rejection;
import java.io.PrintWriter;

/**
 * Turns failures into the one line a user sees, and prints stack traces only when asked
 * ({@code --verbose}): by default no stack trace reaches the terminal, from the command's thread or any
 * other.
 */
final class Errors {
    private static volatile boolean verbose;

    private Errors() {}

    static void verbose(boolean on) {
        verbose = on;
    }

    static boolean verbose() {
        return verbose;
    }

    static String oneLine(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "an input is nested too deeply to read (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (the heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB; give more with NEWSFUSE_JAVA_OPTS=-Xmx..., or lower the --max-... limits)";
        }
        Throwable t = e;
        while (t.getCause() != null
                && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replace('\n', ' ');
    }

    /** Prints a failure: one line, then its stack trace when verbose. */
    static void print(PrintWriter err, Throwable e) {
        err.println("newsfuse: " + oneLine(e));
        trace(err, e);
        err.flush();
    }

    /** Prints a rejection's line ("rejected FILE: reason"), then its cause's stack trace when verbose. */
    static void print(PrintWriter err, Rejection r) {
        err.println("rejected " + r.message());
        if (r.cause() != null) {
            trace(err, r.cause());
        }
    }

    private static void trace(PrintWriter err, Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
