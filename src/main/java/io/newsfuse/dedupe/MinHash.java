package io.newsfuse.dedupe;

import io.newsfuse.text.Folding;
import java.util.HashSet;
import java.util.Set;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the same share of
 * positions as their shingle sets overlap (Jaccard), so near-copies are found without comparing texts.
 */
public final class MinHash {
    private final int hashes;
    private final int shingle;
    private final long[] seeds;

    /**
     * @param hashes  signature length (more is more precise, slower)
     * @param shingle words per shingle
     */
    public MinHash(int hashes, int shingle) {
        this.hashes = hashes;
        this.shingle = shingle;
        this.seeds = new long[hashes];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < hashes; i++) {
            x = mix(x + i);
            seeds[i] = x;
        }
    }

    /** The signature of a text; texts shorter than one shingle give a signature of the whole text. */
    public long[] signature(String text) {
        long[] sig = new long[hashes];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long h : shingles(text)) {
            for (int i = 0; i < hashes; i++) {
                long v = mix(h ^ seeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the two texts the signatures came from. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    Set<Long> shingles(String text) {
        String[] words = Folding.words(text).toArray(String[]::new);
        Set<Long> out = new HashSet<>();
        if (words.length < shingle) {
            out.add(hash(String.join(" ", words)));
            return out;
        }
        int start = 0;
        for (int i = start; i + shingle <= words.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < i + shingle; j++) {
                sb.append(words[j]).append(' ');
            }
            out.add(hash(sb.toString()));
        }
        return out;
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
