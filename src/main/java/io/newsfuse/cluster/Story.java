package io.newsfuse.cluster;

import java.util.List;

/**
 * A group of articles telling the same story.
 *
 * @param id         content hash of its sorted article ids, so the same grouping gets the same id
 * @param articleIds its articles, oldest first
 */
public record Story(String id, List<String> articleIds) {
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
