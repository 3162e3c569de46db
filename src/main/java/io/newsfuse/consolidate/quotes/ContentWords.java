package io.newsfuse.consolidate.quotes;

import io.newsfuse.text.Folding;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The content words of a quote reduced to crude stems (their first five letters), so that inflections
 * and translation variants ("attempt", "attempted") compare equal without a language-specific stemmer.
 */
final class ContentWords {
    static final int STEM_LENGTH = 5;

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "onto", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that",
            "these", "those", "there", "here", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us",
            "our", "your", "their", "his", "my", "mine", "has", "have", "had", "do", "does", "did", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "if", "then", "than", "also",
            "very", "all", "any", "some", "such", "who", "whom", "which", "what", "when", "where", "why", "how",
            "about", "up", "out", "over", "only", "just", "own", "same", "other", "more", "most", "s", "t");

    private ContentWords() {}

    /** Stems of the content words of a text, in order of first appearance. */
    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null) {
            return stems;
        }
        for (String word : Folding.words(text)) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            stems.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
        }
        return stems;
    }

    /** Number of words (runs of letters or digits). */
    static int words(String text) {
        int count = 0;
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                count++;
            }
        }
        return count;
    }
}
