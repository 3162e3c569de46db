package io.newsfuse.cli;

/** Turns an exception into the one line a user sees. */
final class Errors {
    private Errors() {}

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null
                && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replace('\n', ' ');
    }
}
