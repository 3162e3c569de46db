package io.newsfuse.store;

import io.newsfuse.text.Folding;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a user's search as PostgreSQL text search, the way the Lucene index reads it: plain words find
 * articles holding any of them (those holding more rank higher); quotes, {@code OR} and a leading
 * {@code -} are read as {@code websearch_to_tsquery} reads them (phrase, either, not). Words are folded
 * as the stored search vectors are ("zurich" finds "Zürich").
 */
final class PostgresSearch {
    private static final Pattern SYNTAX = Pattern.compile("\"|(^|\\s)-\\S|\\sOR\\s");
    private static final Pattern AND = Pattern.compile("\\s(AND|&&)\\s");

    private PostgresSearch() {}

    /**
     * A query to run.
     *
     * @param function the PostgreSQL function that reads {@code text} into a tsquery
     * @param text     what it reads
     */
    record Query(String function, String text) {}

    /** The query for what the user typed, or empty when it holds no word. */
    static Optional<Query> parse(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        if (SYNTAX.matcher(query).find()) {
            String folded = Folding.fold(AND.matcher(query).replaceAll(" "));
            return Folding.words(folded).isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Query("websearch_to_tsquery", folded));
        }
        List<String> words = Folding.words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Query(
                "to_tsquery", String.join(" | ", words.stream().distinct().toList())));
    }
}
