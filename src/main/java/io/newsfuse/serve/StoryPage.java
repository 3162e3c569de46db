package io.newsfuse.serve;

import java.util.List;

/**
 * One page of the story list.
 *
 * @param total   stories matching the filters
 * @param page    page number, from 1
 * @param size    stories per page
 * @param stories this page's stories
 */
public record StoryPage(int total, int page, int size, List<StorySummary> stories) {
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
