package io.newsfuse.serve;

import java.util.List;

/**
 * A person, organisation or place across every story naming it.
 *
 * @param name     canonical name (from the first story naming it)
 * @param type     "PERSON", "ORGANIZATION", "LOCATION" or "MISC"
 * @param aliases  every other spelling the stories use
 * @param mentions how many times the articles name it
 * @param stories  the stories naming it
 * @param quotes   what it says (first), then the statements naming it
 * @param others   other entities the stories call by the asked name (another person of the same
 *                 surname), kept apart
 */
public record EntityView(
        String name,
        String type,
        List<String> aliases,
        int mentions,
        List<StoryRef> stories,
        List<Quote> quotes,
        List<String> others) {
    public EntityView {
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
        quotes = List.copyOf(quotes);
        others = List.copyOf(others);
    }

    /**
     * A statement by or about the entity.
     *
     * @param speaker  who said it (canonical name)
     * @param text     the words, as the first article carrying them prints them
     * @param article  that article
     * @param begin    offset of the words in it
     * @param end      offset just past them
     * @param articles how many articles carry it
     * @param by       true when the entity said it, false when the words name it
     * @param story    the story it belongs to
     */
    public record Quote(
            String speaker,
            String text,
            String article,
            int begin,
            int end,
            int articles,
            boolean by,
            StoryRef story) {}
}
