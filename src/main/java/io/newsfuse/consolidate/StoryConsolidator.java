package io.newsfuse.consolidate;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.cluster.Story;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.entities.EntityResolver;
import io.newsfuse.consolidate.entities.ResolvedEntities;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactGrouper;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteGrouper;
import io.newsfuse.consolidate.summary.Summarizer;
import io.newsfuse.consolidate.timeline.Era;
import io.newsfuse.consolidate.timeline.StoryDates;
import io.newsfuse.consolidate.timeline.TimelineBuilder;
import io.newsfuse.dedupe.CopyDetector;
import io.newsfuse.dedupe.CopyGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the consolidated report of one story from its analysed articles: copies, entities, facts,
 * quotes, timeline, per-source view and summary. Pure: the same articles give the same report.
 */
public final class StoryConsolidator {
    private final EntityResolver entities = new EntityResolver();
    private final FactGrouper facts = new FactGrouper();
    private final QuoteGrouper quotes;
    private final TimelineBuilder timeline = new TimelineBuilder();
    private final Summarizer summarizer = new Summarizer();
    private final CopyDetector copies = new CopyDetector();

    private final Era era;

    /** @param embedder sentence embedder for matching quotes across translations, or null */
    public StoryConsolidator(TextEmbedder embedder) {
        this(embedder, null);
    }

    /**
     * @param embedder sentence embedder for matching quotes across translations, or null
     * @param era      the time of the articles read together, giving a year to a story whose articles
     *                 name none; null when unknown
     */
    public StoryConsolidator(TextEmbedder embedder, Era era) {
        this.quotes = new QuoteGrouper(embedder);
        this.era = era;
    }

    /** The report of one story. */
    public StoryReport consolidate(Story story, List<AnalyzedArticle> storyArticles) {
        List<AnalyzedArticle> articles = new ArrayList<>(storyArticles);
        articles.sort(Comparator.comparing(
                        (AnalyzedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnalyzedArticle::id));
        List<CopyGroup> groups = copies.groups(articles);
        Map<String, String> copyOf = new HashMap<>();
        Set<String> independent = new HashSet<>();
        for (CopyGroup g : groups) {
            independent.add(g.original());
            g.copies().forEach(c -> copyOf.put(c, g.original()));
        }
        ResolvedEntities resolved = entities.resolveAll(articles);
        Map<String, LocalDate> dates = StoryDates.of(articles, era);
        List<Fact> factList = facts.group(
                articles,
                dates,
                (article, name) ->
                        resolved.find(article, name).map(Entity::name).orElse(name));
        List<QuoteGroup> quoteList = quotes.group(
                articles,
                (article, speaker) ->
                        resolved.find(article, speaker).map(Entity::name).orElse(speaker));
        List<StoryReport.ArticleInfo> infos = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            var art = a.article();
            boolean inferred = art.published() == null && dates.containsKey(a.id());
            infos.add(new StoryReport.ArticleInfo(
                    a.id(),
                    art.source(),
                    art.title(),
                    art.site(),
                    art.language(),
                    dates.get(a.id()),
                    inferred ? "inferred" : art.dateOrigin().name().toLowerCase(java.util.Locale.ROOT),
                    copyOf.get(a.id())));
        }
        List<LocalDate> known =
                dates.values().stream().filter(Objects::nonNull).sorted().toList();
        return new StoryReport(
                story.id(),
                title(articles, independent),
                known.isEmpty() ? null : known.get(0),
                known.isEmpty() ? null : known.get(known.size() - 1),
                infos,
                independent.size(),
                groups.stream().filter(g -> !g.copies().isEmpty()).toList(),
                resolved.entities(),
                factList,
                quoteList,
                timeline.build(articles, dates),
                SourceViews.of(articles, independent, resolved.entities(), factList, quoteList),
                summarizer.summarise(articles, independent));
    }

    /** The title of the article closest in meaning to the whole story, or the first title found. */
    private static String title(List<AnalyzedArticle> articles, Set<String> independent) {
        float[] centroid = io.newsfuse.analyze.Vectors.mean(
                articles.stream().map(AnalyzedArticle::vector).toList());
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (AnalyzedArticle a : articles) {
            String t = a.article().title();
            if (t == null || t.isBlank() || !independent.contains(a.id())) {
                continue;
            }
            double score = TextEmbedder.cosine(a.vector(), centroid);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        String text = articles.get(0).article().text();
        return text.length() > 80 ? text.substring(0, 80).trim() + "…" : text.trim();
    }
}
