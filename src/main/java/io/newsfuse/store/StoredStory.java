package io.newsfuse.store;

import java.util.List;

/**
 * A story as kept in the store: its id, its articles and its consolidated report as JSON.
 *
 * @param id         the story's id: named after its first article, kept as the story grows
 * @param title      a headline for lists
 * @param articleIds the articles it groups, oldest first
 * @param reportJson the consolidated story report, serialised
 * @param created    when the story was first stored (ISO-8601 instant), empty for one not stored yet
 * @param updated    when it last changed (ISO-8601 instant), empty for one not stored yet
 */
public record StoredStory(
        String id, String title, List<String> articleIds, String reportJson, String created, String updated) {
    public StoredStory {
        articleIds = List.copyOf(articleIds);
        created = created == null ? "" : created;
        updated = updated == null ? "" : updated;
    }

    /** A story about to be stored: the store sets its times. */
    public StoredStory(String id, String title, List<String> articleIds, String reportJson) {
        this(id, title, articleIds, reportJson, "", "");
    }
}
