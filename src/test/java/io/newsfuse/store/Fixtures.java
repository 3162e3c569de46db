package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Quote;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.support.Hashes;
import java.time.LocalDate;
import java.util.List;

/** Fictional analysed articles for the store tests. */
final class Fixtures {
    private Fixtures() {}

    /** A fully populated article about a fictional flood in the town of Velmora. */
    static AnalyzedArticle flood() {
        String s1 = "Floodwaters swept through Velmora on Tuesday, killing at least 14 people.";
        String s2 = "\"We lost everything,\" said Mara Quell, a baker in the old quarter.";
        String text = s1 + " " + s2;
        int s2Begin = s1.length() + 1;
        Article article = new Article(
                Hashes.id("velmora.txt", text),
                "/data/velmora.txt",
                "Floods hit Velmora",
                text,
                LocalDate.of(2031, 4, 8),
                Article.DateOrigin.METADATA,
                "en",
                "The Valley Courier",
                List.of("Ines Ardo", "Tomas Brell"),
                new OffsetMap(new int[] {0, 40}, new int[] {12, 60}, new int[] {40, text.length() - 40}));
        List<Sentence> sentences = List.of(
                new Sentence(0, 0, s1.length(), s1, new float[] {0.6f, 0.8f, 0f}),
                new Sentence(1, s2Begin, text.length(), s2, new float[] {0f, -1f, 0f}));
        int velmora = text.indexOf("Velmora");
        int quell = text.indexOf("Mara Quell");
        List<Mention> mentions = List.of(
                new Mention("Velmora", EntityType.LOCATION, "CITY", velmora, velmora + 7, 0),
                new Mention("Mara Quell", EntityType.PERSON, "PERSON", quell, quell + 10, 1));
        int tuesday = text.indexOf("on Tuesday");
        List<TimeMention> times = List.of(
                new TimeMention("on Tuesday", "XXXX-WXX-2", LocalDate.of(2031, 4, 7), true, tuesday, tuesday + 10, 0));
        int fig = text.indexOf("at least 14");
        List<Figure> figures = List.of(new Figure(
                "at least 14",
                14,
                14,
                Double.POSITIVE_INFINITY,
                Figure.Measure.KILLED.label(),
                "people",
                "in Velmora",
                null,
                fig,
                fig + 11,
                0));
        int q = text.indexOf("We lost");
        List<Quote> quotes = List.of(new Quote("We lost everything,", "Mara Quell", quell, quell + 10, q, q + 19, 1));
        return new AnalyzedArticle(
                article, sentences, mentions, times, figures, quotes, new float[] {0.36f, 0.48f, 0.8f});
    }

    /** A minimal article: no analysis, optional date, no title or language. */
    static AnalyzedArticle plain(String source, String title, String text, LocalDate published) {
        Article article = new Article(
                Hashes.id(source, text),
                source,
                title,
                text,
                published,
                published == null ? Article.DateOrigin.NONE : Article.DateOrigin.TEXT,
                null,
                null,
                List.of(),
                OffsetMap.identity(text.length()));
        return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
