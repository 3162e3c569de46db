package io.newsfuse.consolidate;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.entities.EntityMention;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactValue;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteOccurrence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What each article alone reports: the facts, quotes and names no other independent source of the
 * story gives. Copies count with their original, so a republished wire adds nothing unique.
 */
final class SourceViews {
    private SourceViews() {}

    static List<StoryReport.SourceView> of(
            List<AnalyzedArticle> articles,
            Set<String> independent,
            List<Entity> entities,
            List<Fact> facts,
            List<QuoteGroup> quotes) {
        List<StoryReport.SourceView> out = new ArrayList<>();
        if (independent.size() < 2) {
            return out;
        }
        for (AnalyzedArticle a : articles) {
            String id = a.id();
            if (!independent.contains(id)) {
                continue;
            }
            List<String> uniqueFacts = only(facts, id, f -> articlesOf(f.values(), FactValue::article), Fact::label);
            List<String> uniqueQuotes = only(
                    quotes,
                    id,
                    q -> articlesOf(q.occurrences(), QuoteOccurrence::article),
                    q -> q.speaker() + ": " + q.occurrences().get(0).text());
            List<String> uniqueEntities =
                    only(entities, id, e -> articlesOf(e.mentions(), EntityMention::article), Entity::name);
            out.add(new StoryReport.SourceView(id, uniqueFacts, uniqueQuotes, uniqueEntities));
        }
        return out;
    }

    private static <T> Set<String> articlesOf(List<T> items, Function<T, String> article) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(article.apply(i)));
        return out;
    }

    private static <T> List<String> only(
            List<T> items, String article, Function<T, Set<String>> articles, Function<T, String> label) {
        List<String> out = new ArrayList<>();
        for (T item : items) {
            Set<String> in = articles.apply(item);
            if (in.size() == 1 && in.contains(article)) {
                out.add(label.apply(item));
            }
        }
        return out;
    }
}
