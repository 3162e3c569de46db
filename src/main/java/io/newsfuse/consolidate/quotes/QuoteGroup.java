package io.newsfuse.consolidate.quotes;

import java.util.List;

/**
 * One statement as reported across articles: every wording of it, each with its article, so readers can
 * compare how outlets and translations render the same words.
 *
 * @param id          stable id derived from the speaker and the occurrences
 * @param speaker     canonical name of the speaker, or {@value QuoteGrouper#UNKNOWN_SPEAKER}
 * @param occurrences the wordings, by article in input order and then by position
 */
public record QuoteGroup(String id, String speaker, List<QuoteOccurrence> occurrences) {
    public QuoteGroup {
        occurrences = List.copyOf(occurrences);
    }

    /** Number of distinct articles that carry the statement. */
    public int articleCount() {
        return (int)
                occurrences.stream().map(QuoteOccurrence::article).distinct().count();
    }
}
