package io.newsfuse.serve;

/**
 * A link to a story: its id and headline.
 *
 * @param id    story id
 * @param title story headline
 */
public record StoryRef(String id, String title) {}
