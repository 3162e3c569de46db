package io.newsfuse.cli;

/** "1 article", "2 articles": counts as people read them. */
final class Plural {
    private Plural() {}

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
