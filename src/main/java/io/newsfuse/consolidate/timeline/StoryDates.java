package io.newsfuse.consolidate.timeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.DateResolver;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.extract.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every article of a story a date: its own when it has one; else the day of its dateline
 * ("TEHRAN, Jan 14 —"), the year taken from the story when the dateline gives none; else one inferred
 * from the story (the median of the dates found so far, else the latest full date its articles
 * mention). Articles given a date here are marked {@link Article.DateOrigin#INFERRED} by the report.
 */
public final class StoryDates {
    /** What may stand before a dateline's date on its line: a place, a country, an agency in brackets. */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?(?:\\s*\\([^()\\n]{1,20}\\))?\\s*[,-–—]?\\s*");
    /** How far into an article a dateline may start, in characters (a headline may come first). */
    private static final int DATELINE_REACH = 300;

    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    private static final DateResolver RESOLVER = new DateResolver();

    private StoryDates() {}

    /** Article id to its date, own or inferred; articles left undated are absent. */
    public static Map<String, LocalDate> of(List<AnalyzedArticle> story) {
        return of(story, null);
    }

    /**
     * Article id to its date, own or inferred. When no article of the story gives a year, a dateline's day
     * ("YEREVAN, Oct 13 —") takes the year that places it in {@code era}: the time of the articles read
     * with it (null when unknown). Articles left undated are absent.
     */
    public static Map<String, LocalDate> of(List<AnalyzedArticle> story, Era era) {
        List<LocalDate> dated = new ArrayList<>();
        for (AnalyzedArticle a : story) {
            if (a.article().published() != null) {
                dated.add(a.article().published());
            }
        }
        LocalDate ownMedian = median(dated);
        Map<String, LocalDate> datelines = new HashMap<>();
        for (AnalyzedArticle a : story) {
            if (a.article().published() == null) {
                TimeMention d = dateline(a);
                LocalDate day = d == null
                        ? null
                        : ownMedian != null
                                ? RESOLVER.resolve(d.timex(), ownMedian).orElse(null)
                                : nearest(d.timex(), era);
                if (day != null) {
                    datelines.put(a.id(), day);
                    dated.add(day);
                }
            }
        }
        LocalDate inferred = median(dated);
        if (inferred == null) {
            for (AnalyzedArticle a : story) {
                for (TimeMention t : a.times()) {
                    if (t.date() != null
                            && !t.relative()
                            && (inferred == null || t.date().isAfter(inferred))) {
                        inferred = t.date();
                    }
                }
            }
        }
        Map<String, LocalDate> out = new HashMap<>();
        for (AnalyzedArticle a : story) {
            LocalDate own = a.article().published();
            if (own != null) {
                out.put(a.id(), own);
            } else if (datelines.containsKey(a.id())) {
                out.put(a.id(), datelines.get(a.id()));
            } else if (inferred != null) {
                out.put(a.id(), inferred);
            }
        }
        return out;
    }

    /** The day of a yearless dateline value ({@code XXXX-10-13}) placed in {@code era}, or null. */
    private static LocalDate nearest(String timex, Era era) {
        Matcher m = timex == null ? null : MONTH_DAY.matcher(timex);
        if (era == null || m == null || !m.lookingAt()) {
            return null;
        }
        return era.place(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static LocalDate median(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        List<LocalDate> sorted = dates.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The date of the article's dateline: a day at the start of a line, after a place name at most. */
    static TimeMention dateline(AnalyzedArticle a) {
        String text = a.article().text();
        for (TimeMention t : a.times()) {
            if (t.begin() > DATELINE_REACH || text == null) {
                break;
            }
            String v = t.timex() == null ? "" : t.timex();
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}|XXXX-\\d{2}-\\d{2}.*")) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, t.begin() - 1)) + 1;
            String before = text.substring(lineStart, t.begin());
            if (DATELINE_PLACE.matcher(before).matches()) {
                return t;
            }
        }
        return null;
    }
}
