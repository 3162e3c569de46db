package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a body with whitespace runs collapsed to single spaces and trimmed, remembering for each
 * of its characters the offset it came from, so cleaned text can be mapped back to the body.
 */
final class Line {
    private final String text;
    private final int[] origins;
    private final int end;

    private Line(String text, int[] origins, int end) {
        this.text = text;
        this.origins = origins;
        this.end = end;
    }

    /** The normalised lines of {@code body}, blank ones included (as empty lines). */
    static List<Line> split(String body) {
        List<Line> lines = new ArrayList<>();
        int length = body.length();
        int start = 0;
        while (start <= length) {
            int end = start;
            while (end < length && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            lines.add(normalise(body, start, end));
            if (end >= length) {
                break;
            }
            start = end + (body.charAt(end) == '\r' && end + 1 < length && body.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static Line normalise(String body, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int[] origins = new int[end - start];
        int n = 0;
        boolean pendingSpace = false;
        int spaceOrigin = start;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (isSpace(c)) {
                if (!pendingSpace) {
                    spaceOrigin = i;
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && n > 0) {
                text.append(' ');
                origins[n++] = spaceOrigin;
            }
            pendingSpace = false;
            text.append(c);
            origins[n++] = i;
        }
        return new Line(text.toString(), Arrays.copyOf(origins, n), end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    String text() {
        return text;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    /** Body offset of character {@code i} of this line. */
    int origin(int i) {
        return origins[i];
    }

    /** Body offset just past this line's last character. */
    int originEnd() {
        return origins.length == 0 ? end : origins[origins.length - 1] + 1;
    }

    /** Number of space-separated words. */
    int words() {
        if (text.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** The part of this line from {@code from} to {@code to}, trimmed, with its origins. */
    Line slice(int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return new Line(
                text.substring(from, to),
                Arrays.copyOfRange(origins, from, to),
                to < origins.length ? origins[to] : end);
    }

    @Override
    public String toString() {
        return text;
    }
}
