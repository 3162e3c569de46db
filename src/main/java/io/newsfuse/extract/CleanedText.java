package io.newsfuse.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What cleaning a body gave: the story text and what its header lines told.
 *
 * @param title   headline found in the text (or the one given), or null
 * @param site    site name from a leading line, or null
 * @param authors names from byline lines
 * @param date    date from a header line or dateline, or null
 * @param text    the story text, paragraphs separated by blank lines
 * @param offsets maps {@code text} back to the cleaned body
 */
record CleanedText(String title, String site, List<String> authors, LocalDate date, String text, OffsetMap offsets) {}
