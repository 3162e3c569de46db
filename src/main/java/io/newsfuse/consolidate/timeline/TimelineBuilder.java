package io.newsfuse.consolidate.timeline;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.DateResolver;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a story's timeline: every date expression that names one day, relative ones resolved against
 * the article's date (or, for an undated article, again from their value against the date inferred
 * from its story), grouped by day and cited. A day every citation speaks of as still to come is marked
 * scheduled.
 */
public final class TimelineBuilder {
    private final DateResolver resolver = new DateResolver();

    /** The timeline, oldest day first. */
    public List<TimelineEntry> build(List<AnalyzedArticle> story) {
        Map<String, LocalDate> anchors = StoryDates.of(story);
        TreeMap<LocalDate, List<TimelineEntry.Citation>> byDay = new TreeMap<>();
        for (AnalyzedArticle a : story) {
            LocalDate anchor = anchors.get(a.id());
            boolean ownDate = a.article().published() != null;
            for (TimeMention t : a.times()) {
                if (a.sentences().isEmpty()) {
                    continue;
                }
                Sentence s =
                        a.sentences().get(Math.min(t.sentence(), a.sentences().size() - 1));
                Optional<LocalDate> day = ownDate ? Optional.ofNullable(t.date()) : resolver.resolve(t.timex(), anchor);
                if (day.isEmpty() || anchor != null && day.get().isAfter(anchor.plusYears(1))) {
                    continue;
                }
                boolean relative = ownDate ? t.relative() : DateResolver.isRelative(t.timex());
                boolean scheduled =
                        ownDate || anchor == null ? t.scheduled() : day.get().isAfter(anchor);
                byDay.computeIfAbsent(day.get(), d -> new ArrayList<>())
                        .add(new TimelineEntry.Citation(
                                a.id(), t.text(), relative, s.text(), s.begin(), s.end(), scheduled));
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (var e : byDay.entrySet()) {
            Set<String> articles = new LinkedHashSet<>();
            e.getValue().forEach(c -> articles.add(c.article()));
            TimelineEntry.Citation lead = representative(e.getValue());
            boolean scheduled = e.getValue().stream().allMatch(TimelineEntry.Citation::scheduled);
            out.add(new TimelineEntry(
                    e.getKey(), lead.sentence(), lead.article(), List.copyOf(articles), e.getValue(), scheduled));
        }
        return out;
    }

    /** The citation whose sentence tells the day best: of moderate length, preferring more words. */
    private static TimelineEntry.Citation representative(List<TimelineEntry.Citation> citations) {
        TimelineEntry.Citation best = citations.get(0);
        double bestScore = -1;
        for (TimelineEntry.Citation c : citations) {
            int words = c.sentence().split("\\s+").length;
            double score = words > 45 ? 45.0 / words : Math.min(words, 25);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
