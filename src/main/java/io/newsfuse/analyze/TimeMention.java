package io.newsfuse.analyze;

import java.time.LocalDate;

/**
 * A date expression in an article, resolved to a calendar day when possible.
 *
 * @param text      the words as written ("on Friday", "January 7", "next Tuesday")
 * @param timex     what the words say, as an ISO-like value that can be resolved again against another
 *                  anchor (see {@link DateResolver}): "2022-01-07" for a full date, "XXXX-01-07<=" for a
 *                  day of a year not given, "XXXX-WXX-5>=" for a weekday in the direction the sentence
 *                  says, "REF-1D" for yesterday, "2008" or "REF-1Y" for a period; kept to re-resolve the
 *                  expression when the article's date is only learnt later from its story
 * @param date      the calendar day it denotes, or null when it is not one day or could not be resolved
 *                  yet
 * @param relative  true when the day was resolved against the publication date ("this Monday")
 * @param begin     offset of the first character in the article text
 * @param end       offset just past the last character
 * @param sentence  index of the sentence holding it
 * @param scheduled true when the sentence speaks of it as still to come ("will meet on Friday", "is due
 *                  by October 20")
 */
public record TimeMention(
        String text,
        String timex,
        LocalDate date,
        boolean relative,
        int begin,
        int end,
        int sentence,
        boolean scheduled) {

    /** A mention of a past or present day. */
    public TimeMention(String text, String timex, LocalDate date, boolean relative, int begin, int end, int sentence) {
        this(text, timex, date, relative, begin, end, sentence, false);
    }

    /** This mention resolved to another day (or to none). */
    public TimeMention withDate(LocalDate day) {
        return new TimeMention(text, timex, day, relative, begin, end, sentence, scheduled);
    }
}
