package io.newsfuse.analyze;

import java.time.LocalDate;

/**
 * A date expression in an article, resolved to a calendar day when possible.
 *
 * @param text     the words as written ("on Friday", "January 7")
 * @param timex    SUTime's normalised value ("2022-01-07", "XXXX-WXX-5"), kept to re-resolve the
 *                 expression when the article's date is only learnt later from its story
 * @param date     the calendar day it denotes, or null when it could not be resolved yet
 * @param relative true when the day was resolved against the publication date ("this Monday")
 * @param begin    offset of the first character in the article text
 * @param end      offset just past the last character
 * @param sentence index of the sentence holding it
 */
public record TimeMention(
        String text, String timex, LocalDate date, boolean relative, int begin, int end, int sentence) {}
