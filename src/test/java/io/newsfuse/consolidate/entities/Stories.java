package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds analysed articles from fictional text, tagging names the way a recogniser would. */
final class Stories {
    private Stories() {}

    /**
     * An article whose mentions are every whole-word occurrence of the tagged names. Tags are written
     * "TYPE:Name" (PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY). Longer names win over names inside them.
     */
    static AnalyzedArticle article(String id, String text, String... tags) {
        List<String> sorted = new ArrayList<>(List.of(tags));
        sorted.sort(Comparator.comparingInt((String t) -> -t.length()));
        List<Mention> mentions = new ArrayList<>();
        for (String tag : sorted) {
            int colon = tag.indexOf(':');
            String nerTag = tag.substring(0, colon);
            String name = tag.substring(colon + 1);
            EntityType type = EntityType.fromNerTag(nerTag);
            int from = 0;
            while (true) {
                int i = text.indexOf(name, from);
                if (i < 0) {
                    break;
                }
                int end = i + name.length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = mentions.stream().noneMatch(m -> m.begin() < end && i < m.end());
                if (word && free) {
                    mentions.add(new Mention(name, type, nerTag, i, end, 0));
                }
                from = i + 1;
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        Article a = new Article(
                id,
                "test:" + id,
                null,
                text,
                LocalDate.of(2031, 3, 4),
                Article.DateOrigin.METADATA,
                "en",
                "Test",
                List.of(),
                OffsetMap.identity(text.length()));
        return new AnalyzedArticle(a, List.of(), mentions, List.of(), List.of(), List.of(), null);
    }

    /** A single mention at an exact place, for tags that differ from the other uses of a name. */
    /** The displays of the story's names, grouped as the resolver groups them. */
    static List<List<String>> groups(AnalyzedArticle... articles) {
        return FormMerger.merge(FormCollector.collect(List.of(articles))).stream()
                .map(c -> c.stream().map(f -> f.display).toList())
                .toList();
    }

    /** Whether two displays are in one group. */
    static boolean together(List<List<String>> groups, String a, String b) {
        return groups.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    static AnalyzedArticle withMention(AnalyzedArticle a, String name, String nerTag, int occurrence) {
        String text = a.article().text();
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = text.indexOf(name, i + 1);
        }
        int begin = i;
        List<Mention> mentions = new ArrayList<>(a.mentions().stream()
                .filter(m -> !(m.begin() < begin + name.length() && begin < m.end()))
                .toList());
        mentions.add(new Mention(name, EntityType.fromNerTag(nerTag), nerTag, begin, begin + name.length(), 0));
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return new AnalyzedArticle(
                a.article(), a.sentences(), mentions, a.times(), a.figures(), a.quotes(), a.vector());
    }

    /** The article as written in another language (the detector's code, "fr"). */
    static AnalyzedArticle in(String language, AnalyzedArticle a) {
        Article x = a.article();
        Article moved = new Article(
                x.id(),
                x.source(),
                x.title(),
                x.text(),
                x.published(),
                x.dateOrigin(),
                language,
                x.site(),
                x.authors(),
                x.offsets(),
                x.updated());
        return new AnalyzedArticle(moved, a.sentences(), a.mentions(), a.times(), a.figures(), a.quotes(), a.vector());
    }
}
