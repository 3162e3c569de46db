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
 */
public record EntityView(String name, String type, List<String> aliases, int mentions, List<StoryRef> stories) {
    public EntityView {
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
    }
}
