package io.newsfuse.extract;

import java.util.Arrays;

/**
 * Maps character offsets in an article's cleaned text back to offsets in the original body, so every
 * derived item can be traced to the words it came from. Stored as aligned runs: the run {@code i} covers
 * {@code lengths[i]} characters starting at {@code cleanStarts[i]} in the clean text and
 * {@code originalStarts[i]} in the original.
 */
public record OffsetMap(int[] cleanStarts, int[] originalStarts, int[] lengths) {

    /** The identity map, for text that was not changed. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length});
    }

    /** The offset in the original body of the character at {@code cleanOffset} in the clean text. */
    public int toOriginal(int cleanOffset) {
        if (cleanStarts.length == 0) {
            return cleanOffset;
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return originalStarts[i] + Math.min(cleanOffset - cleanStarts[i], Math.max(0, lengths[i]));
    }
}
