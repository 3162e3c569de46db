package io.newsfuse.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories an assignment grows, as the clusterer sees them: a store behind an index, or a batch held
 * in memory. The clusterer only reads; what it decides comes back as an {@link Assignment}.
 */
public interface StoryBase {
    /**
     * Articles that share rare names, days or words with {@code article} and are dated within
     * {@code maxDays} of it (undated ones included), best first, the article itself excluded.
     */
    List<String> similarArticles(ArticleFeatures article, int maxDays, int limit);

    /** The story each of these articles belongs to, for those in one. */
    Map<String, String> storiesOf(List<String> articleIds);

    /** The articles of a story, oldest first. */
    List<String> members(String storyId);

    /** The features of these articles (those known). */
    Map<String, ArticleFeatures> features(List<String> articleIds);

    /** When a story was first formed, as a sortable value (older is smaller), or empty when unknown. */
    Optional<String> created(String storyId);

    /** Rarity of names and words over every article the base knows. */
    Rarity rarity();
}
