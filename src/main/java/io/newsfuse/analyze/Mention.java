package io.newsfuse.analyze;

/**
 * A named-entity mention in an article.
 *
 * @param text     the words as written
 * @param type     what kind of entity
 * @param nerTag   the recogniser's fine tag (CITY, COUNTRY, PERSON, ...)
 * @param begin    offset of the first character in the article text
 * @param end      offset just past the last character
 * @param sentence index of the sentence holding it
 */
public record Mention(String text, EntityType type, String nerTag, int begin, int end, int sentence) {}
