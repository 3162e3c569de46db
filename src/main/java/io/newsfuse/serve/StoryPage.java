package io.newsfuse.serve;

import java.util.List;

/**
 * One page of the story list.
 *
 * @param total   stories matching the filters
 * @param page    page number, from 1
 * @param size    stories per page
 * @param stories this page's stories
 * @param loading true while the server is still reading the store at start-up (the list is then
 *                empty or partial; ask again shortly)
 */
public record StoryPage(int total, int page, int size, List<StorySummary> stories, boolean loading) {
    public StoryPage {
        stories = List.copyOf(stories);
    }

    /** A page of a fully loaded catalog. */
    public StoryPage(int total, int page, int size, List<StorySummary> stories) {
        this(total, page, size, stories, false);
    }

    /** The same page, marked as read from a catalog still loading. */
    StoryPage whileLoading() {
        return new StoryPage(total, page, size, stories, true);
    }
}
