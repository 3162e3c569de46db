package io.newsfuse.consolidate.entities;

import io.newsfuse.text.NameKeys;
import io.newsfuse.text.SoundKeys;

/**
 * Compares name tokens the way a reader compares transliterations of one name ("Zhomart", "Jomart",
 * "Shomart"; "Kassym", "Kasim"; "Lukashenko", "Lukashenka").
 *
 * <p>Two tokens match when their <em>skeletons</em> are equal, or when both skeletons have at least
 * {@value #FUZZY_MIN_LENGTH} characters and differ by one edit that only touches a vowel or an "h"
 * (so "Tokayev" ~ "Tokaev", but "Kazakhstan" ≠ "Kyrgyzstan" and "Martin" ≠ "Marvin"). For people an
 * edit that adds or changes a final "a" is not tolerated, since it often marks a different person
 * ("Petrov" / "Petrova", "Maria" / "Mario").
 *
 * <p>Skeletons are {@link NameKeys#skeleton}s.
 */
final class Transliteration {
    /** Shortest skeleton on which a one-letter difference is tolerated. */
    static final int FUZZY_MIN_LENGTH = 5;

    private Transliteration() {}

    /** The phonetic-ish skeleton of a folded token (see {@link NameKeys#skeleton}). */
    static String skeleton(String folded) {
        return NameKeys.skeleton(folded);
    }

    /**
     * Whether two folded tokens are spellings of the same word: their skeletons are alike (below), or
     * they sound alike across transliteration systems ({@link SoundKeys}); for places and bodies also once a
     * French silent final "e" is dropped.
     */
    static boolean similar(String a, String b, boolean person) {
        if (a.equals(b)) {
            return true;
        }
        if (similarSkeletons(skeleton(a), skeleton(b), person) || SoundKeys.alike(a, b)) {
            return true;
        }
        if (person) {
            return false; // "Simone" / "Simon", "Louise" / "Louis": a final "e" often marks another person
        }
        String x = withoutSilentE(a);
        String y = withoutSilentE(b);
        return (!x.equals(a) || !y.equals(b))
                && (similarSkeletons(skeleton(x), skeleton(y), false) || SoundKeys.alike(x, y));
    }

    /**
     * The token without the silent final "e" French writes after a consonant in place and body names
     * ("Tharrane" / "Tharran", "Khalouane" / "Khalwan"); the token itself when it has none.
     */
    static String withoutSilentE(String t) {
        int n = t.length();
        return n >= 6 && t.charAt(n - 1) == 'e' && !isVowel(t.charAt(n - 2)) && t.charAt(n - 2) != 'y'
                ? t.substring(0, n - 1)
                : t;
    }

    /** Whether each token of one list pairs off with its own token of the other, in any order. */
    static boolean sameInAnyOrder(
            java.util.List<String> a, java.util.List<String> b, java.util.function.BiPredicate<String, String> same) {
        if (a.size() != b.size()) {
            return false;
        }
        java.util.List<String> left = new java.util.ArrayList<>(b);
        for (String x : a) {
            String match =
                    left.stream().filter(y -> same.test(x, y)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    /** Whether two names have as many tokens and each is a spelling of the other's at its place. */
    static boolean allSimilar(java.util.List<String> a, java.util.List<String> b, boolean person) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!similar(a.get(i), b.get(i), person)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two folded tokens are spellings of one word, one of them perhaps with a genitive ending
     * (a vowel group and "n": "Batbayaryn" / "Batbayar", "Tserendorjiin" / "Tserendorzh").
     */
    static boolean similarStems(String a, String b) {
        if (similar(a, b, true)) {
            return true;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        String stem = GENITIVE.matcher(longer).replaceFirst("");
        return stem.length() >= 5 && stem.length() < longer.length() && similar(stem, shorter, true);
    }

    private static final java.util.regex.Pattern GENITIVE = java.util.regex.Pattern.compile("[aeiouy]+n$");

    /** Whether two skeletons are equal or one vowel (or "h") apart, as described on the class. */
    static boolean similarSkeletons(String a, String b, boolean person) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < FUZZY_MIN_LENGTH || b.length() < FUZZY_MIN_LENGTH) {
            return false;
        }
        if (a.length() == b.length()) {
            int diff = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diff >= 0) {
                        return false;
                    }
                    diff = i;
                }
            }
            char x = a.charAt(diff);
            char y = b.charAt(diff);
            if (!isVowel(x) || !isVowel(y)) {
                return false;
            }
            return !(person && diff == a.length() - 1 && (x == 'a' || y == 'a'));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (!longer.substring(i + 1).equals(shorter.substring(i))) {
            return false;
        }
        char extra = longer.charAt(i);
        if (!isVowel(extra) && extra != 'h') {
            return false;
        }
        boolean finalA = extra == 'a' && i == longer.length() - 1;
        return !(person && finalA);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
