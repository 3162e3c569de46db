package io.newsfuse.consolidate.entities;

import java.util.List;

/**
 * One real-world person, organisation or place, gathered from every article of a story.
 *
 * @param id       stable id derived from the type and canonical name
 * @param name     canonical name: the most used full form
 * @param type     "PERSON", "ORGANIZATION", "LOCATION" or "MISC"
 * @param aliases  every other surface form as written (possessives and leading titles stripped)
 * @param mentions every place the entity is named, in article order
 */
public record Entity(String id, String name, String type, List<String> aliases, List<EntityMention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
