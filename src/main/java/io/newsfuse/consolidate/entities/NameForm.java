package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One distinct name (by folded tokens) seen during a single resolution, with the mentions that use it
 * and the recogniser's votes on its type. Confined to the resolution that created it.
 */
final class NameForm {
    final int index;
    final String key;
    final List<String> tokens;
    final List<String> skeletons;
    final String skeletonKey;
    final String compact;
    final String display;
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final List<Occurrence> occurrences = new ArrayList<>();
    EntityType type;
    boolean definedAcronym;
    boolean definedExpansion;

    NameForm(int index, String key, List<String> tokens, String display) {
        this.index = index;
        this.key = key;
        this.tokens = List.copyOf(tokens);
        this.skeletons = tokens.stream().map(Transliteration::skeleton).toList();
        this.skeletonKey = String.join(" ", skeletons);
        this.compact = Transliteration.skeleton(String.join("", tokens));
        this.display = display;
    }

    static String keyOf(List<String> tokens) {
        return String.join(" ", tokens);
    }

    void vote(EntityType t) {
        if (t != null) {
            votes.merge(t, 1, Integer::sum);
        }
    }

    boolean isAcronym() {
        return tokens.size() == 1 && NameText.isAcronym(display);
    }

    /** Skeletons of the tokens that are not function words. */
    List<String> contentSkeletons() {
        return NameText.contentTokens(tokens).stream()
                .map(Transliteration::skeleton)
                .toList();
    }

    /** The first folded token. */
    String first() {
        return tokens.getFirst();
    }

    /** The last folded token. */
    String last() {
        return tokens.getLast();
    }

    @Override
    public String toString() {
        return display + "/" + type;
    }

    /**
     * One use of the name in an article.
     *
     * @param articleId    the article
     * @param articleOrder position of the article in the input
     * @param surface      the cleaned name (possessive and title removed)
     * @param text         the characters as written at that place
     * @param begin        offset in the article text
     * @param end          offset just past it
     * @param language     the language detected for the article, or null
     */
    record Occurrence(
            String articleId, int articleOrder, String surface, String text, int begin, int end, String language) {}
}
