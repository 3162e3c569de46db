package io.newsfuse.consolidate;

import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.summary.SummarySentence;
import io.newsfuse.consolidate.timeline.TimelineEntry;
import io.newsfuse.dedupe.CopyGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * One story as newsfuse presents it: its articles and which are copies, every entity with its
 * spellings, every figure reconciled across sources, who said what, a timeline, what each source alone
 * reports, and a cited summary. Field names follow the report contract read by evaluation tools.
 *
 * @param id                 content hash of the story's article ids
 * @param title              a headline for the story (the most central article's title)
 * @param firstDate          earliest article date, or null
 * @param lastDate           latest article date, or null
 * @param articles           its articles, oldest first
 * @param independentSources how many articles are not copies of another
 * @param copies             groups of copies of one text (only groups with copies)
 * @param entities           people, organisations and places with their aliases
 * @param facts              figures grouped by what they count
 * @param quotes             statements grouped across articles
 * @param timeline           dated happenings, oldest first
 * @param sources            per article, what it alone reports
 * @param summary            cited extractive summary
 */
public record StoryReport(
        String id,
        String title,
        LocalDate firstDate,
        LocalDate lastDate,
        List<ArticleInfo> articles,
        int independentSources,
        List<CopyGroup> copies,
        List<Entity> entities,
        List<Fact> facts,
        List<QuoteGroup> quotes,
        List<TimelineEntry> timeline,
        List<SourceView> sources,
        List<SummarySentence> summary) {

    /**
     * An article of the story.
     *
     * @param id         article id
     * @param source     file path or URL it was read from
     * @param title      headline
     * @param site       outlet
     * @param language   ISO 639-1 code
     * @param published  its date (own or inferred)
     * @param dateOrigin where the date came from; "inferred" when taken from the story
     * @param copyOf     id of the article it is a copy of, or null
     */
    public record ArticleInfo(
            String id,
            String source,
            String title,
            String site,
            String language,
            LocalDate published,
            String dateOrigin,
            String copyOf) {
        /** Which analysis the article got in its language (see {@link io.newsfuse.analyze.AnalysisLabel}). */
        @com.fasterxml.jackson.annotation.JsonProperty("analysis")
        public String analysis() {
            return io.newsfuse.analyze.AnalysisLabel.of(language);
        }
    }

    /**
     * What one article alone reports, compared with the story's other independent sources.
     *
     * @param article        article id
     * @param uniqueFacts    labels of facts only it gives
     * @param uniqueQuotes   quotes only it prints, as "speaker: words"
     * @param uniqueEntities names only it mentions
     */
    public record SourceView(
            String article, List<String> uniqueFacts, List<String> uniqueQuotes, List<String> uniqueEntities) {}
}
