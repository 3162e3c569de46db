package io.newsfuse.extract;

import java.util.Arrays;

/** Assembles cleaned text from lines while recording where each character came from. */
final class CleanTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[256];

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Starts a new paragraph (a blank line) unless the text is empty. */
    void paragraphBreak() {
        if (!text.isEmpty()) {
            int origin = lastOrigin() + 1;
            append('\n', origin);
            append('\n', origin);
        }
    }

    /** Joins a wrapped line onto the current paragraph with one space. */
    void space() {
        if (!text.isEmpty()) {
            append(' ', lastOrigin() + 1);
        }
    }

    void append(Line line) {
        for (int i = 0; i < line.length(); i++) {
            append(line.text().charAt(i), line.origin(i));
        }
    }

    private int lastOrigin() {
        return origins[text.length() - 1];
    }

    private void append(char c, int origin) {
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[text.length()] = origin;
        text.append(c);
    }

    String text() {
        return text.toString();
    }

    /** Runs of consecutive characters whose origins are consecutive too. */
    OffsetMap offsets() {
        int n = text.length();
        if (n == 0) {
            return OffsetMap.identity(0);
        }
        int[] cleanStarts = new int[n];
        int[] originalStarts = new int[n];
        int[] lengths = new int[n];
        int runs = 0;
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || origins[i] != origins[i - 1] + 1) {
                cleanStarts[runs] = runStart;
                originalStarts[runs] = origins[runStart];
                lengths[runs] = i - runStart;
                runs++;
                runStart = i;
            }
        }
        return new OffsetMap(
                Arrays.copyOf(cleanStarts, runs), Arrays.copyOf(originalStarts, runs), Arrays.copyOf(lengths, runs));
    }
}
