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
        return build(story, StoryDates.of(story));
    }

    /** The timeline, oldest day first, each article's relative dates read from its date in {@code anchors}. */
    public List<TimelineEntry> build(List<AnalyzedArticle> story, Map<String, LocalDate> anchors) {
        TreeMap<LocalDate, List<TimelineEntry.Citation>> byDay = new TreeMap<>();
        for (AnalyzedArticle a : story) {
            LocalDate anchor = anchors.get(a.id());
            boolean ownDate = a.article().published() != null;
            // a date inferred from the story may be a day or two off: a weekday is the nearest one to it
            boolean roughAnchor = !ownDate && StoryDates.dateline(a) == null;
            for (TimeMention t : a.times()) {
                if (a.sentences().isEmpty()) {
                    continue;
                }
                Sentence s =
                        a.sentences().get(Math.min(t.sentence(), a.sentences().size() - 1));
                Optional<LocalDate> day = ownDate
                        ? Optional.ofNullable(t.date())
                        : resolver.resolve(roughAnchor ? nearestWeekday(t.timex()) : t.timex(), anchor);
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

    /**
     * A weekday value looking back ({@code XXXX-WXX-7<=}, a past tense or no direction at all) made to
     * take the nearest: told after the fact, but the inferred date may be before it. Explicit futures and
     * "last"/"next" keep their direction.
     */
    private static String nearestWeekday(String timex) {
        if (timex == null || !timex.startsWith("XXXX-WXX-")) {
            return timex;
        }
        String day = timex.substring(0, "XXXX-WXX-7".length());
        String direction = timex.substring(day.length());
        return direction.isEmpty() || direction.equals("<=") ? day + "~" : timex;
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
