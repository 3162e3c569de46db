package io.newsfuse.analyze;

import java.time.LocalDate;

/**
 * A date expression in an article, resolved to a calendar day.
 *
 * @param text     the words as written ("on Friday", "January 7")
 * @param date     the calendar day it denotes
 * @param relative true when the day was resolved against the publication date ("this Monday")
 * @param begin    offset of the first character in the article text
 * @param end      offset just past the last character
 * @param sentence index of the sentence holding it
 */
public record TimeMention(String text, LocalDate date, boolean relative, int begin, int end, int sentence) {
}
