package io.newsfuse.consolidate.timeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.extract.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every article of a story a date: its own when it has one, else one inferred from the story
 * (the median date of the story's dated articles, else the latest full date its articles mention),
 * marked {@link Article.DateOrigin#INFERRED} so the report can say so.
 */
public final class StoryDates {
    private StoryDates() {}

    /** Article id to its date, own or inferred; articles left undated are absent. */
    public static Map<String, LocalDate> of(List<AnalyzedArticle> story) {
        List<LocalDate> dated = new ArrayList<>();
        for (AnalyzedArticle a : story) {
            if (a.article().published() != null) {
                dated.add(a.article().published());
            }
        }
        LocalDate inferred = null;
        if (!dated.isEmpty()) {
            dated.sort(null);
            inferred = dated.get((dated.size() - 1) / 2);
        } else {
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
            } else if (inferred != null) {
                out.put(a.id(), inferred);
            }
        }
        return out;
    }
}
