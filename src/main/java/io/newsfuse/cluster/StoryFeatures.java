package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What clustering compares between an article and a story, independent of language: the meaning
 * vector, the names (people, organisations, places; a person also by last name) and the date.
 *
 * @param vector unit vector of the text, may be empty
 * @param names  folded name keys
 * @param date   publication date, or null
 */
record StoryFeatures(float[] vector, Set<String> names, LocalDate date) {

    static StoryFeatures of(AnalyzedArticle a) {
        Set<String> names = new HashSet<>();
        for (Mention m : a.mentions()) {
            String key = fold(m.text());
            if (key.length() < 2) {
                continue;
            }
            names.add(key);
            if (m.type() == EntityType.PERSON) {
                String[] parts = key.split(" ");
                names.add(parts[parts.length - 1]);
            }
        }
        return new StoryFeatures(a.vector(), names, a.article().published());
    }

    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s;
    }
}
