package io.newsfuse.consolidate.entities;

import java.util.List;
import java.util.Set;

/**
 * A name the story uses for a resolved entity, kept for lookups by later stages.
 *
 * @param display   the name as written (cleaned)
 * @param tokens    its folded tokens
 * @param skeletons skeleton of each token
 * @param compact   skeleton of the tokens written together
 * @param person    whether the entity is a person
 * @param entity    the entity it names
 * @param articles  ids of the articles that mention the entity
 */
record KnownName(
        String display,
        List<String> tokens,
        List<String> skeletons,
        String compact,
        boolean person,
        Entity entity,
        Set<String> articles) {
    KnownName {
        tokens = List.copyOf(tokens);
        skeletons = List.copyOf(skeletons);
        articles = Set.copyOf(articles);
    }
}
