package io.newsfuse.analyze.quotes;

import java.util.List;

/**
 * The article text with every quoted stretch (marks included) blanked out, so that speech verbs and
 * names are only looked for in the narrator's words.
 */
final class QuoteMask {
    private static final char BLANK = '\u2022';

    private final String masked;
    private final boolean[] covered;

    QuoteMask(String text, List<QuoteSpan> spans) {
        char[] chars = text.toCharArray();
        covered = new boolean[chars.length];
        for (QuoteSpan span : spans) {
            for (int[] range : span.marked()) {
                for (int i = range[0]; i < Math.min(range[1], chars.length); i++) {
                    chars[i] = BLANK;
                    covered[i] = true;
                }
            }
        }
        masked = new String(chars);
    }

    /** The text with quoted stretches blanked. */
    String text() {
        return masked;
    }

    boolean covers(int offset) {
        return offset >= 0 && offset < covered.length && covered[offset];
    }

    /** Offset just past the last quoted character before {@code offset}, or {@code floor}. */
    int lastCoveredBefore(int offset, int floor) {
        for (int i = Math.min(offset, covered.length) - 1; i >= floor; i--) {
            if (covered[i]) {
                return i + 1;
            }
        }
        return floor;
    }

    /** Offset of the first quoted character at or after {@code offset}, or {@code ceiling}. */
    int firstCoveredAfter(int offset, int ceiling) {
        for (int i = Math.max(0, offset); i < Math.min(ceiling, covered.length); i++) {
            if (covered[i]) {
                return i;
            }
        }
        return ceiling;
    }
}
