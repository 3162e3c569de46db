package io.newsfuse.analyze.dates;

import io.newsfuse.analyze.DateResolver;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the date expressions of an article and resolves each in the direction its sentence says: a
 * weekday or a day without a year told in the past tense ("crashed on Tuesday", "last Friday") is the
 * latest such day on or before the publication date; one the sentence puts ahead ("will meet on
 * Friday", "is due by October 20", "next Monday") is the first one after it, and is marked scheduled.
 * Reads full dates in words and digits ("January 8, 2020", "8 January 2020", "2025-01-14",
 * "16.01.2025"), days without a year ("Jan 14", "the 14th"), weekdays with their modifiers and parts of
 * the day, relative days ("yesterday", "three days ago", "two days earlier"), and periods ("in 2008",
 * "April 2024", "last year"), which give no day but date the figures of their sentence. Month and
 * weekday names come from the JDK's locale data, every other word from the article language's
 * {@link io.newsfuse.lang.LanguagePack}. Stateless and thread-safe.
 */
public final class DateFinder {
    private static final DateResolver RESOLVER = new DateResolver();
    /** How many words before an expression are read for its tense. */
    static final int CUE_BEFORE = 8;
    /** How many words after an expression are read for its tense. */
    static final int CUE_AFTER = 5;

    /** Creates a finder; it holds no state. */
    public DateFinder() {}

    /**
     * The date expressions of a text, in text order.
     *
     * @param text      the article text all offsets refer to
     * @param sentences its sentences; when empty the whole text is read as one
     * @param published the article's date, or null when unknown (relative expressions stay unresolved)
     * @param language  the article's language (ISO 639-1), for its words; English when unknown
     */
    public List<TimeMention> find(String text, List<Sentence> sentences, LocalDate published, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DateWords words = DateWords.of(language);
        List<Sentence> all = sentences == null || sentences.isEmpty()
                ? List.of(new Sentence(0, 0, text.length(), text, null))
                : sentences;
        List<TimeMention> out = new ArrayList<>();
        for (Sentence s : all) {
            int end = Math.min(s.end(), text.length());
            if (s.begin() >= end) {
                continue;
            }
            List<DateToken> tokens = DateToken.tokenize(text, s.begin(), end, words);
            SentenceScan scan = new SentenceScan(tokens, words);
            for (SentenceScan.Found f : scan.expressions()) {
                if (scan.headerOnly(f)) {
                    continue;
                }
                out.add(mention(text, s.index(), f, published, out));
            }
        }
        return List.copyOf(out);
    }

    private static TimeMention mention(
            String text, int sentence, SentenceScan.Found f, LocalDate published, List<TimeMention> before) {
        String timex = f.timex();
        if (f.offsetFromPrevious() != null) {
            timex = fromPrevious(before, f.offsetFromPrevious());
        }
        Optional<LocalDate> day = RESOLVER.resolve(timex, published);
        boolean relative = DateResolver.isRelative(timex) || f.offsetFromPrevious() != null;
        boolean scheduled = day.isPresent() && published != null ? day.get().isAfter(published) : f.future();
        String words = text.substring(f.begin(), f.end());
        return new TimeMention(
                words, timex, day.orElse(null), relative && day.isPresent(), f.begin(), f.end(), sentence, scheduled);
    }

    /**
     * "two days earlier": counted from the last day the article named before, written as a full date when
     * that day is known, else left unresolved.
     */
    private static String fromPrevious(List<TimeMention> before, int days) {
        for (int i = before.size() - 1; i >= 0; i--) {
            LocalDate d = before.get(i).date();
            if (d != null) {
                return d.plusDays(days).toString();
            }
        }
        return "";
    }
}
