package io.newsfuse.consolidate.entities;

/**
 * One place an entity is named.
 *
 * @param article id of the article
 * @param text    the name exactly as written there
 * @param begin   offset of its first character in the article text
 * @param end     offset just past its last character
 */
public record EntityMention(String article, String text, int begin, int end) {}
