package io.newsfuse.consolidate.summary;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An extractive summary: sentences chosen for centrality (close in meaning to the story as a whole),
 * corroboration (other independent sources say something close) and lead position, then picked one by
 * one skipping any that repeats a chosen one. Every sentence is an article's own words, cited.
 */
public final class Summarizer {
    private static final double SAME_MEANING = 0.78;
    private static final double CORROBORATES = 0.6;
    private final int min;
    private final int max;

    /** A summarizer giving between {@code min} and {@code max} sentences when the story has enough. */
    public Summarizer(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** Five to ten sentences. */
    public Summarizer() {
        this(5, 10);
    }

    /**
     * Summarises a story.
     *
     * @param story        its articles
     * @param independent  ids of the articles that are not copies of another (the originals)
     */
    public List<SummarySentence> summarise(List<AnalyzedArticle> story, Set<String> independent) {
        List<Candidate> candidates = new ArrayList<>();
        float[] centroid = centroid(story, independent);
        for (AnalyzedArticle a : story) {
            if (!independent.contains(a.id())) {
                continue;
            }
            for (Sentence s : a.sentences()) {
                if (!usable(s.text())) {
                    continue;
                }
                int corroborated = corroboration(s, a, story, independent);
                double central = TextEmbedder.cosine(s.vector(), centroid);
                double lead = 1.0 / (1 + s.index() * 0.5);
                double score = 0.5 * central + 0.3 * Math.min(1.0, corroborated / 2.0) + 0.2 * lead;
                candidates.add(new Candidate(a.id(), s, corroborated, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(Candidate::article)
                .thenComparingInt(c -> c.sentence().begin()));
        int target = Math.max(min, Math.min(max, 3 + independent.size()));
        List<Candidate> chosen = new ArrayList<>();
        Set<String> seenText = new HashSet<>();
        for (Candidate c : candidates) {
            if (chosen.size() >= target) {
                break;
            }
            if (!seenText.add(c.sentence().text().trim()) || repeats(c, chosen)) {
                continue;
            }
            chosen.add(c);
        }
        return chosen.stream()
                .map(c -> new SummarySentence(
                        c.sentence().text().trim(),
                        c.article(),
                        c.sentence().begin(),
                        c.sentence().end(),
                        c.corroborated()))
                .toList();
    }

    private static boolean repeats(Candidate c, List<Candidate> chosen) {
        for (Candidate other : chosen) {
            if (TextEmbedder.cosine(c.sentence().vector(), other.sentence().vector()) >= SAME_MEANING) {
                return true;
            }
        }
        return false;
    }

    private static int corroboration(
            Sentence s, AnalyzedArticle own, List<AnalyzedArticle> story, Set<String> independent) {
        int count = 0;
        for (AnalyzedArticle other : story) {
            if (other == own || !independent.contains(other.id())) {
                continue;
            }
            for (Sentence t : other.sentences()) {
                if (TextEmbedder.cosine(s.vector(), t.vector()) >= CORROBORATES) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** A sentence worth putting in a summary: a full statement, not a headline, fragment or question. */
    static boolean usable(String text) {
        String t = text.trim();
        int words = t.split("\\s+").length;
        if (words < 8 || words > 60 || t.endsWith("?") || t.endsWith(":")) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '"' || last == '”' || last == '»' || last == '’' || last == '\'' || last == '!';
    }

    private static float[] centroid(List<AnalyzedArticle> story, Set<String> independent) {
        return io.newsfuse.analyze.Vectors.mean(story.stream()
                .filter(a -> independent.contains(a.id()))
                .map(AnalyzedArticle::vector)
                .toList());
    }

    private record Candidate(String article, Sentence sentence, int corroborated, double score) {}
}
