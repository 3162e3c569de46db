package io.newsfuse.analyze.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph boundaries of an article text. A blank line always ends a paragraph; a single line break
 * does too, unless it is a soft wrap inside a sentence (no sentence-ending character before it and a
 * lower-case letter after it), which extracted text sometimes carries over from the source layout.
 */
final class Paragraphs {
    private final int[] starts;
    private final int[] ends;

    private Paragraphs(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static Paragraphs of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\n' || isSoftWrap(text, i)) {
                continue;
            }
            add(spans, text, start, i);
            start = i + 1;
        }
        add(spans, text, start, n);
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
        }
        return new Paragraphs(s, e);
    }

    private static void add(List<int[]> spans, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            spans.add(new int[] {from, to});
        }
    }

    private static boolean isSoftWrap(String text, int newline) {
        int before = newline - 1;
        while (before >= 0
                && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\r')) {
            before--;
        }
        int after = newline + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length() || text.charAt(after) == '\n') {
            return false;
        }
        char last = text.charAt(before);
        boolean sentenceEnded = ".!?:…".indexOf(last) >= 0 || QuoteMarks.isDoubleMark(last);
        return !sentenceEnded && Character.isLowerCase(text.charAt(after));
    }

    int count() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Index of the paragraph holding the offset, or of the last paragraph starting before it. */
    int indexOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
