package io.newsfuse.pipeline;

import io.newsfuse.extract.Article;
import io.newsfuse.ingest.Limits;

/**
 * Fits an article's text to what the analysis can take in bounded time: a text longer than
 * {@link Limits#articleChars()} is cut at the last paragraph end before the limit (else the last
 * sentence end, else the last space), and a stretch longer than {@link Limits#lineChars()} with no line
 * break or sentence end, which the analysis would read as one enormous sentence at a cost growing faster
 * than its length, is broken at a space by turning that space into a line break. Offsets stay valid: the
 * text is only shortened at its end, and a break replaces one character by one.
 */
final class AnalysisInput {
    private AnalysisInput() {}

    /**
     * The article as the analysis gets it.
     *
     * @param article the article, possibly with a shorter or re-broken text (same id)
     * @param note    what was changed, in words, or null when nothing was
     */
    record Fitted(Article article, String note) {}

    static Fitted fit(Article article, Limits limits) {
        String text = article.text();
        String note = null;
        if (text.length() > limits.articleChars()) {
            int cut = cutPoint(text, limits.articleChars());
            note = String.format(
                    java.util.Locale.ROOT,
                    "text cut to %,d of its %,d characters before analysis (the limit is %,d)",
                    cut,
                    text.length(),
                    limits.articleChars());
            text = text.substring(0, cut).stripTrailing();
        }
        String broken = breakLongRuns(text, limits.lineChars());
        if (!broken.equals(text)) {
            String lines = "stretches of over " + limits.lineChars()
                    + " characters without a sentence end broken into lines before analysis";
            note = note == null ? lines : note + "; " + lines;
        }
        if (note == null) {
            return new Fitted(article, null);
        }
        return new Fitted(
                new Article(
                        article.id(),
                        article.source(),
                        article.title(),
                        broken,
                        article.published(),
                        article.dateOrigin(),
                        article.language(),
                        article.site(),
                        article.authors(),
                        article.offsets()),
                note);
    }

    /** Where to cut a text to at most {@code max} characters: a paragraph end, else a sentence end, else a space. */
    static int cutPoint(String text, int max) {
        int paragraph = text.lastIndexOf("\n\n", max);
        if (paragraph >= max / 2) {
            return paragraph;
        }
        for (int i = max; i > max / 2; i--) {
            if (sentenceEnd(text, i - 1) && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** The text with a space turned into a line break in every stretch of more than {@code max} characters without one. */
    static String breakLongRuns(String text, int max) {
        char[] chars = null;
        int lastBreak = -1;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && i > 0 && sentenceEnd(text, i - 1))) {
                lastBreak = i;
                lastSpace = -1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00a0') {
                lastSpace = i;
            }
            if (i - lastBreak > max && lastSpace > lastBreak) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[lastSpace] = '\n';
                lastBreak = lastSpace;
                lastSpace = -1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }
}
