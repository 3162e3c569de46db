package io.newsfuse.consolidate.quotes;

import io.newsfuse.analyze.TextEmbedder;
import java.util.Set;

/**
 * Decides whether two wordings by the same speaker render the same statement. Translations reword
 * freely, so meaning (embedding cosine) and shared content stems are combined, and a partial quote
 * whose words all occur in a longer wording counts as the same statement.
 */
final class QuoteSimilarity {
    /** Cosine at which two wordings match on meaning alone. */
    static final double COSINE_ALONE = 0.80;
    /** Cosine at which two wordings match when they also share some content words. */
    static final double COSINE_WITH_WORDS = 0.62;
    /** Share of content stems (Dice) needed alongside {@link #COSINE_WITH_WORDS}. */
    static final double WORDS_WITH_COSINE = 0.2;
    /** Share of content stems (Dice) at which two wordings match on words alone. */
    static final double WORDS_ALONE = 0.5;
    /** Share of a longer partial quote's stems that must occur in the other wording to count as contained. */
    static final double CONTAINED_SHARE = 0.8;

    private QuoteSimilarity() {}

    /**
     * How alike two wordings are, from 0 (not the same statement) to 1.
     *
     * @param a  content stems of the first wording
     * @param va its embedding, or an empty array
     * @param b  content stems of the second wording
     * @param vb its embedding, or an empty array
     */
    static double score(Set<String> a, float[] va, Set<String> b, float[] vb) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String stem : small) {
            if (large.contains(stem)) {
                common++;
            }
        }
        double dice = 2.0 * common / (a.size() + b.size());
        boolean contained = common == small.size() || (small.size() >= 4 && common >= CONTAINED_SHARE * small.size());
        double cosine = va.length > 0 && vb.length > 0 ? TextEmbedder.cosine(va, vb) : 0;
        boolean same = contained
                || dice >= WORDS_ALONE
                || cosine >= COSINE_ALONE
                || (cosine >= COSINE_WITH_WORDS && dice >= WORDS_WITH_COSINE);
        if (!same) {
            return 0;
        }
        double containment = contained ? 0.5 + 0.5 * common / large.size() : 0;
        return Math.max(Math.max(dice, cosine), containment);
    }
}
