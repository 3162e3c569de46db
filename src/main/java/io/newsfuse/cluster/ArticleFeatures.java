package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.text.Folding;
import io.newsfuse.text.NameKeys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What clustering compares between an article and a story: the meaning vector; the words of the
 * names (people, organisations, places), compared by transliteration skeleton so "Echeverría" in one
 * outlet meets "Echeverriya" in another, together with the days the article dates things to (two
 * reports of one shooting name the same Thursday); the article's content words, for a TF-IDF
 * comparison that tells apart look-alike events by their particulars; and the publication date.
 *
 * @param id     the article's id
 * @param vector unit vector of the text, may be empty
 * @param keys   keys of name words, of resolved days ({@code @2024-05-03}) and of numbers ({@code #212})
 * @param words  content words with their counts
 * @param date   publication date, or null
 */
public record ArticleFeatures(String id, float[] vector, Set<String> keys, Map<String, Integer> words, LocalDate date) {
    /** The prefix of a day's key. */
    public static final String DAY = "@";
    /** The prefix of a number's key. */
    public static final String NUMBER_KEY = "#";

    /** Numbers of two or more digits, or with decimals ("212", "4,051", "6.1"): shared rare ones tie two reports. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\d.,])\\d{2,}(?:\\.\\d+)?|\\d\\.\\d+");

    public ArticleFeatures {
        vector = vector == null ? new float[0] : vector;
        keys = Set.copyOf(keys);
        words = Map.copyOf(words);
    }

    private static final Set<String> STOPWORDS = Set.of(
            "that",
            "this",
            "with",
            "from",
            "have",
            "were",
            "been",
            "said",
            "says",
            "will",
            "would",
            "their",
            "they",
            "there",
            "which",
            "when",
            "what",
            "about",
            "after",
            "before",
            "into",
            "also",
            "more",
            "than",
            "other",
            "some",
            "only",
            "over",
            "under",
            "while",
            "where",
            "being",
            "could",
            "should",
            "those",
            "these",
            "them",
            "then",
            "just",
            "very",
            "because",
            "during",
            "against",
            "according",
            "between",
            "since",
            "until",
            "both",
            "each",
            "such",
            "most",
            "many",
            "much",
            "your",
            "ours",
            "here",
            "told",
            "year",
            "years",
            "people",
            "time");

    /** The features of an analysed article. */
    public static ArticleFeatures of(AnalyzedArticle a) {
        Set<String> names = new HashSet<>();
        for (Mention m : a.mentions()) {
            names.addAll(NameKeys.of(m.text(), 3));
        }
        for (TimeMention t : a.times()) {
            if (t.date() != null) {
                names.add(DAY + t.date());
            }
        }
        var m = NUMBER.matcher(a.article().text());
        while (m.find()) {
            names.add(NUMBER_KEY + m.group().replace(",", ""));
        }
        // the headline counts twice: when a page's body is mostly furniture, it still says what happened
        String title = a.article().title() == null ? "" : (a.article().title() + "\n").repeat(2);
        return new ArticleFeatures(
                a.id(),
                a.vector(),
                names,
                words(title + a.article().text()),
                a.article().published());
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String token : Folding.words(text)) {
            if (token.length() >= 4 && !STOPWORDS.contains(token)) {
                out.merge(token.length() > 7 ? token.substring(0, 7) : token, 1, Integer::sum);
            }
        }
        return out;
    }
}
