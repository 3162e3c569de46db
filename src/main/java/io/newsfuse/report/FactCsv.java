package io.newsfuse.report;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactValue;
import io.newsfuse.support.Csv;
import io.newsfuse.support.Numbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories' figures as a spreadsheet: one row per value an article gives for a fact, with the
 * story, the fact and its status, the article and its outlet, the value and the interval its qualifier
 * allows (an open end is an empty cell), who gives it and the day it was given. Numbers are written as
 * printed, without floating-point noise.
 */
public final class FactCsv {
    /** The header line. */
    public static final String HEADER = Csv.row(
            "story_id",
            "story_title",
            "fact_id",
            "fact",
            "status",
            "article_id",
            "outlet",
            "value",
            "text",
            "low",
            "high",
            "unit",
            "authority",
            "as_of");

    /** The CSV text, header first. */
    public String render(List<StoryReport> stories) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (StoryReport story : stories) {
            Map<String, StoryReport.ArticleInfo> articles = new HashMap<>();
            for (StoryReport.ArticleInfo a : story.articles()) {
                articles.put(a.id(), a);
            }
            for (Fact fact : story.facts()) {
                for (FactValue v : fact.values()) {
                    StoryReport.ArticleInfo a = articles.get(v.article());
                    csv.append(Csv.row(
                                    story.id(),
                                    story.title(),
                                    fact.id(),
                                    fact.label(),
                                    fact.status(),
                                    v.article(),
                                    a == null ? null : a.site(),
                                    Numbers.plain(v.value()),
                                    v.text(),
                                    Numbers.plain(v.low()),
                                    Numbers.plain(v.high()),
                                    v.unit() == null ? fact.unit() : v.unit(),
                                    v.authority(),
                                    v.asOf()))
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }
}
