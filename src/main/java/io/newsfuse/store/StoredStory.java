package io.newsfuse.store;

import java.util.List;

/**
 * A story as kept in the store: its id, its articles and its consolidated report as JSON.
 *
 * @param id         content hash of the sorted article ids
 * @param title      a headline for lists
 * @param articleIds the articles it groups
 * @param reportJson the consolidated story report, serialised
 */
public record StoredStory(String id, String title, List<String> articleIds, String reportJson) {
    public StoredStory {
        articleIds = List.copyOf(articleIds);
    }
}
