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

    private static final DateResolver RESOLVER = new DateResolver();

    private StoryDates() {}

    /** Article id to its date, own or inferred; articles left undated are absent. */
    public static Map<String, LocalDate> of(List<AnalyzedArticle> story) {
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
                        : RESOLVER.resolve(d.timex(), ownMedian).orElse(null);
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
