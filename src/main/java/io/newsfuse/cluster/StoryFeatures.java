package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Mention;
import io.newsfuse.consolidate.entities.NameSkeletons;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What clustering compares between an article and a story, independent of language: the meaning
 * vector, the words of the names (people, organisations, places), compared by transliteration skeleton so
 * "Echeverría" in one outlet meets "Echeverriya" in another, and the date.
 *
 * @param vector unit vector of the text, may be empty
 * @param names  spelling-independent keys of the words of every name
 * @param date   publication date, or null
 */
record StoryFeatures(float[] vector, Set<String> names, LocalDate date) {

    static StoryFeatures of(AnalyzedArticle a) {
        Set<String> names = new HashSet<>();
        for (Mention m : a.mentions()) {
            names.addAll(NameSkeletons.of(m.text(), 3));
        }
        return new StoryFeatures(a.vector(), names, a.article().published());
    }

}
