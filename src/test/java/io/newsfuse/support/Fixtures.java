package io.newsfuse.support;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds small analysed articles by hand for tests of the later stages, without running CoreNLP. */
public final class Fixtures {
    /**
     * A JSON Lines record of a fictional news article about an event unlike any other fixture's (a frost in
     * an orchard valley): the one that must stay in a story of its own.
     */
    public static final String ORCHARD_JSONL = "{\"url\":\"https://d.example/orchard\",\"published\":\"2031-03-04\","
            + "\"title\":\"Frost ruins Tamsby cherry orchards\",\"text\":\"A late frost destroyed most of the cherry"
            + " blossom in the Tamsby valley orchards, grower Oskar Vintergren said on Wednesday.\"}";

    private Fixtures() {}

    /** An article whose sentences are split at ". " and carry the given vector each. */
    public static AnalyzedArticle article(
            String id, LocalDate published, String text, float[] vector, List<String> names, List<TimeMention> times) {
        Article a = new Article(
                id,
                "/tmp/" + id + ".txt",
                "Title of " + id,
                text,
                published,
                published == null ? Article.DateOrigin.NONE : Article.DateOrigin.TEXT,
                "en",
                "Site " + id,
                List.of(),
                OffsetMap.identity(text.length()));
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int stop = text.indexOf(". ", start);
            int end = stop < 0 ? text.length() : stop + 1;
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), vector));
            start = stop < 0 ? text.length() : stop + 2;
        }
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            if (at >= 0) {
                mentions.add(new Mention(name, EntityType.PERSON, "PERSON", at, at + name.length(), 0));
            }
        }
        return new AnalyzedArticle(a, sentences, mentions, times, List.of(), List.of(), vector);
    }

    /** A unit vector pointing mostly along axis {@code axis} of a 8-dimensional space. */
    public static float[] direction(int axis, float wobble) {
        float[] v = new float[8];
        v[axis] = 1f;
        v[(axis + 1) % 8] = wobble;
        double n = Math.sqrt(1 + wobble * wobble);
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) n;
        }
        return v;
    }
}
