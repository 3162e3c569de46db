package io.newsfuse.analyze.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks into quoted stretches of text. Marks of every common style are read by the
 * characters around them rather than by their glyph alone, because machine translations routinely use
 * a closing glyph to open, put the blank on the wrong side of a mark, or leave marks unpaired. Pairing
 * is conservative: spans that would start with punctuation, hold no words, or grow too long are dropped
 * rather than guessed, so a broken sequence of marks costs a quote but never yields a giant one.
 */
final class QuoteMarks {
    /** Longest quoted stretch accepted within one paragraph, in characters. */
    static final int MAX_SEGMENT = 1200;
    /** Longest quote accepted across paragraphs, in characters. */
    static final int MAX_TOTAL = 3000;
    /** Longest quote accepted between single quotation marks, in characters. */
    static final int MAX_SINGLE = 400;
    /** Most paragraphs one quote may run across. */
    static final int MAX_PARAGRAPHS = 8;

    private static final String DOUBLE_MARKS = "“”„‟\"«»〝〞〟＂";
    private static final String SINGLE_MARKS = "‘’‚‛'‹›";

    private enum Dir {
        OPEN,
        CLOSE,
        EITHER,
        NONE
    }

    private QuoteMarks() {}

    static boolean isDoubleMark(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0;
    }

    static boolean isSingleMark(char c) {
        return SINGLE_MARKS.indexOf(c) >= 0;
    }

    /** All quoted stretches of the text, in text order. */
    static List<QuoteSpan> find(String text, Paragraphs paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>(findDouble(text, paragraphs));
        spans.addAll(findSingle(text, paragraphs, spans));
        spans.removeIf(QuoteMarks::isQuotedName);
        spans.sort(Comparator.comparingInt(QuoteSpan::openMark));
        return spans;
    }

    /** A short run of capitalised words in quotation marks is a name or title ("Radio Free"), not speech. */
    private static boolean isQuotedName(QuoteSpan span) {
        String[] words = span.text().split("[\\s-]+");
        if (words.length > 4 || span.text().matches(".*[.!?,;:].*")) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static List<QuoteSpan> findDouble(String text, Paragraphs paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        int openAt = -1;
        int firstParagraph = -1;
        int nested = 0;
        for (int p = 0; p < paragraphs.count(); p++) {
            List<Integer> marks = marksIn(text, paragraphs.start(p), paragraphs.end(p), true);
            int k = 0;
            if (openAt >= 0) {
                // a quote left open by the previous paragraph continues here only if this one reopens it
                openAt = -1;
                if (!marks.isEmpty()
                        && marks.get(0) == paragraphs.start(p)
                        && classifyDouble(text, marks.get(0)) != Dir.CLOSE) {
                    openAt = marks.get(0);
                    k = 1;
                } else {
                    segments.clear();
                }
            }
            for (; k < marks.size(); k++) {
                int m = marks.get(k);
                Dir dir = classifyDouble(text, m);
                if (openAt < 0) {
                    if (dir != Dir.CLOSE) {
                        openAt = m;
                        firstParagraph = p;
                        nested = 0;
                        segments.clear();
                    }
                    continue;
                }
                if (nested > 0) {
                    nested += dir == Dir.OPEN ? 1 : -1;
                    continue;
                }
                if (dir == Dir.OPEN) {
                    char opener = text.charAt(openAt);
                    if ((opener == '«' || opener == '„') && text.charAt(m) != opener) {
                        nested = 1;
                        continue;
                    }
                    if (sentenceEndsBetween(text, openAt + 1, m)) {
                        // the pending mark was a stray: start afresh here
                        openAt = m;
                        firstParagraph = p;
                        segments.clear();
                        continue;
                    }
                }
                segments.add(new int[] {openAt, m, m + 1});
                QuoteSpan span = build(text, segments, firstParagraph, p, MAX_SEGMENT);
                if (span != null) {
                    out.add(span);
                }
                openAt = -1;
                segments.clear();
            }
            if (openAt >= 0) {
                int end = paragraphs.end(p);
                segments.add(new int[] {openAt, end, end});
                boolean carries = p + 1 < paragraphs.count()
                        && segments.size() < MAX_PARAGRAPHS
                        && opensParagraphStyle(text, paragraphs.start(p), openAt)
                        && isDoubleMark(text.charAt(paragraphs.start(p + 1)));
                if (!carries) {
                    openAt = -1;
                    segments.clear();
                }
            }
        }
        return out;
    }

    /**
     * True when an opening mark left unclosed at the end of its paragraph looks like the start of a
     * quote that runs on: it opens the paragraph or follows an introducing colon or comma.
     */
    private static boolean opensParagraphStyle(String text, int paragraphStart, int openMark) {
        int j = openMark - 1;
        while (j >= paragraphStart && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < paragraphStart || text.charAt(j) == ':' || text.charAt(j) == ',';
    }

    private static List<QuoteSpan> findSingle(String text, Paragraphs paragraphs, List<QuoteSpan> doubles) {
        List<QuoteSpan> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.count(); p++) {
            int openAt = -1;
            for (int m : marksIn(text, paragraphs.start(p), paragraphs.end(p), false)) {
                if (insideAny(doubles, m)) {
                    openAt = -1;
                    continue;
                }
                Dir dir = classifySingle(text, m);
                if (dir == Dir.OPEN) {
                    openAt = m;
                } else if (dir == Dir.CLOSE && openAt >= 0) {
                    List<int[]> segment = new ArrayList<>();
                    segment.add(new int[] {openAt, m, m + 1});
                    QuoteSpan span = build(text, segment, p, p, MAX_SINGLE);
                    if (span != null) {
                        out.add(span);
                    }
                    openAt = -1;
                }
            }
        }
        return out;
    }

    private static boolean insideAny(List<QuoteSpan> spans, int offset) {
        for (QuoteSpan span : spans) {
            for (int[] range : span.marked()) {
                if (offset >= range[0] && offset < range[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Integer> marksIn(String text, int from, int to, boolean doubles) {
        List<Integer> marks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (doubles ? isDoubleMark(c) : isSingleMark(c)) {
                marks.add(i);
            }
        }
        return marks;
    }

    private static Dir classifyDouble(String text, int i) {
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        boolean leftOpen = Character.isWhitespace(prev)
                || "([{—–-/".indexOf(prev) >= 0
                || isDoubleMark(prev)
                || isSingleMark(prev);
        boolean rightOpen = Character.isWhitespace(next) || ".,;:!?)]}…".indexOf(next) >= 0 || isDoubleMark(next);
        char glyph = text.charAt(i);
        if (leftOpen && !rightOpen) {
            return punctuationThenBlankBefore(text, i) ? Dir.EITHER : Dir.OPEN;
        }
        if (!leftOpen && rightOpen) {
            return Dir.CLOSE;
        }
        if (leftOpen) {
            // blank on both sides, or a blank before and punctuation after (" ”." or " “, and")
            return Character.isWhitespace(next) || isDoubleMark(next) ? Dir.EITHER : Dir.CLOSE;
        }
        if (glyph == '«' || glyph == '„') {
            return Dir.OPEN;
        }
        return glyph == '»' ? Dir.CLOSE : Dir.EITHER;
    }

    /** A mark after punctuation and a blank (", ”Name said") may close a quote whose blank slipped. */
    private static boolean punctuationThenBlankBefore(String text, int i) {
        int j = i - 1;
        if (j < 0 || text.charAt(j) != ' ') {
            return false;
        }
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && ",.;:!?…".indexOf(text.charAt(j)) >= 0;
    }

    private static Dir classifySingle(String text, int i) {
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return Dir.NONE;
        }
        boolean leftOpen = Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0 || isDoubleMark(prev);
        if (leftOpen && Character.isLetter(next)) {
            return Dir.OPEN;
        }
        boolean rightOpen = Character.isWhitespace(next) || ".,;:!?)]}…".indexOf(next) >= 0 || isDoubleMark(next);
        if ((Character.isLetterOrDigit(prev) || ".,!?…".indexOf(prev) >= 0) && rightOpen) {
            return Dir.CLOSE;
        }
        return Dir.NONE;
    }

    private static boolean sentenceEndsBetween(String text, int from, int to) {
        for (int j = from; j + 2 < to; j++) {
            if (".!?".indexOf(text.charAt(j)) >= 0
                    && Character.isWhitespace(text.charAt(j + 1))
                    && Character.isUpperCase(text.charAt(j + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds a quote from segments {openMark, contentEnd, markedEnd}, or returns null when any segment
     * is not a plausible quotation.
     */
    private static QuoteSpan build(
            String text, List<int[]> segments, int firstParagraph, int lastParagraph, int maxSegment) {
        StringBuilder words = new StringBuilder();
        List<int[]> marked = new ArrayList<>();
        int begin = -1;
        int end = -1;
        int total = 0;
        for (int[] segment : segments) {
            int from = segment[0] + 1;
            int to = segment[1];
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from
                    && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0)) {
                to--;
            }
            if (to <= from
                    || !QuoteText.hasLetterOrDigit(text, from, to)
                    || ",;:.)]}!?".indexOf(text.charAt(from)) >= 0
                    || to - from > maxSegment) {
                return null;
            }
            total += to - from;
            if (begin < 0) {
                begin = from;
            }
            end = to;
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(text, from, to);
            marked.add(new int[] {segment[0], segment[2]});
        }
        if (total > MAX_TOTAL) {
            return null;
        }
        String joined = words.toString().replaceAll("\\s+", " ");
        int[] last = segments.get(segments.size() - 1);
        int closeMark = last[2] > last[1] ? last[1] : last[1] - 1;
        return new QuoteSpan(
                begin, end, joined, segments.get(0)[0], closeMark, firstParagraph, lastParagraph, List.copyOf(marked));
    }
}
