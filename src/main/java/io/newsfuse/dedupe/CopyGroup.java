package io.newsfuse.dedupe;

import java.util.List;

/**
 * Articles that are copies of one text (a wire story and its republications): together they count as
 * one independent source.
 *
 * @param original the earliest and most complete article of the group
 * @param copies   the other articles, republications of the original (empty when it has none)
 * @param similarity the lowest estimated text overlap between the original and a copy (1 when alone)
 */
public record CopyGroup(String original, List<String> copies, double similarity) {
    public CopyGroup {
        copies = List.copyOf(copies);
    }

    /** Every article of the group, original first. */
    public List<String> members() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(original), copies.stream())
                .toList();
    }
}
