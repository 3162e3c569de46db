package io.newsfuse.serve;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Quote;
import io.newsfuse.extract.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One article as the reader shows it: its text and, by character offsets into that text, its sentences
 * and the entities, figures and quotes found in it, named as its stories name them.
 *
 * @param id        article id
 * @param title     headline, or null
 * @param source    file path or URL it was read from
 * @param site      outlet, or null
 * @param language  ISO 639-1 code, or null
 * @param published publication date, or null
 * @param authors   author names
 * @param text      the article text every offset refers to
 * @param sentences each sentence as [begin, end]
 * @param spans     highlighted items, by begin offset
 * @param stories   the stories holding the article
 */
public record ArticleView(
        String id,
        String title,
        String source,
        String site,
        String language,
        LocalDate published,
        List<String> authors,
        String text,
        List<int[]> sentences,
        List<Span> spans,
        List<StoryRef> stories) {

    /**
     * One highlighted item.
     *
     * @param kind   "entity", "figure" or "quote"
     * @param begin  offset of its first character
     * @param end    offset just past its last character
     * @param label  the entity's canonical name, the fact's label, or the quote's speaker
     * @param detail more about it: the entity type, the figure's authority and fact status
     */
    public record Span(String kind, int begin, int end, String label, String detail) {}

    /**
     * The view of an analysed article, naming its items as its stories do ({@code labels}, one per story,
     * from {@link Catalog#labelsOf}).
     */
    static ArticleView of(AnalyzedArticle analyzed, List<SpanLabels> labels, List<StoryRef> stories) {
        Article a = analyzed.article();
        List<Span> spans = new ArrayList<>();
        for (Mention m : analyzed.mentions()) {
            SpanLabels.EntityLabel e = SpanLabels.entity(labels, m.begin(), m.end());
            String label = e != null ? e.name() : m.text();
            String type = e != null ? e.type() : m.type().name();
            spans.add(new Span("entity", m.begin(), m.end(), label, type));
        }
        for (Figure f : analyzed.figures()) {
            SpanLabels.FactLabel fact = SpanLabels.fact(labels, f.begin(), f.end());
            String label = fact != null ? fact.label() : f.measure();
            StringBuilder detail = new StringBuilder();
            if (f.authority() != null) {
                detail.append("according to ").append(f.authority());
            }
            if (fact != null) {
                detail.append(detail.isEmpty() ? "" : "; ").append(fact.status());
            }
            spans.add(new Span("figure", f.begin(), f.end(), label, detail.toString()));
        }
        for (Quote q : analyzed.quotes()) {
            spans.add(new Span("quote", q.begin(), q.end(), q.speaker() == null ? "unknown speaker" : q.speaker(), ""));
        }
        int length = a.text().length();
        spans.removeIf(s -> s.begin() < 0 || s.end() > length || s.begin() >= s.end());
        spans.sort(Comparator.comparingInt(Span::begin)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<int[]> sentences = analyzed.sentences().stream()
                .map(s -> new int[] {s.begin(), s.end()})
                .toList();
        return new ArticleView(
                a.id(),
                a.title(),
                a.source(),
                a.site(),
                a.language(),
                a.published(),
                a.authors(),
                a.text(),
                sentences,
                spans,
                stories);
    }
}
