package io.newsfuse.cluster;

/**
 * How rare a name key or a content word is among the stored articles: a name most articles share says
 * little about which story an article belongs to. Read from wherever the articles are indexed.
 */
public interface Rarity {
    /** How many articles there are. */
    int articles();

    /** How many articles carry this name or day key. */
    int keyFrequency(String key);

    /** How many articles hold this content word. */
    int wordFrequency(String word);

    /** The inverse document frequency of a count: log(1 + N / df); nothing for an unseen term. */
    default double idf(int frequency) {
        return frequency <= 0 ? 0 : Math.log(1.0 + (double) Math.max(articles(), frequency) / frequency);
    }
}
