package io.newsfuse.cluster;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.text.Folding;
import io.newsfuse.text.Headlines;
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
 * @param language the article's language (ISO 639-1), or null: content words are only compared within one
 */
public record ArticleFeatures(
        String id, float[] vector, Set<String> keys, Map<String, Integer> words, LocalDate date, String language) {
    /** The prefix of a day's key. */
    public static final String DAY = "@";
    /** The prefix of a number's key. */
    public static final String NUMBER_KEY = "#";

    /**
     * Numbers of two or more digits, or with decimals ("212", "4,051", "6.1"): shared rare ones tie two
     * reports, in any language: thousands written "1,200", "1.200", "1'200" or "1 200" give one key, and
     * a decimal comma reads as a point ("6,1" is "6.1").
     */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(?<![\\d.,'’])\\d{1,3}(?:[,.'’\\u00A0\\u202F]\\d{3})+(?![\\d])(?:[.,]\\d+)?"
                    + "|(?<![\\d.,])\\d{2,}(?:[.,]\\d+)?|\\d[.,]\\d+");

    public ArticleFeatures {
        vector = vector == null ? new float[0] : vector;
        keys = Set.copyOf(keys);
        words = Map.copyOf(words);
    }

    /** Features of an article whose language is not known. */
    public ArticleFeatures(String id, float[] vector, Set<String> keys, Map<String, Integer> words, LocalDate date) {
        this(id, vector, keys, words, date, null);
    }

    /** Whether the two are known to be written in different languages, so their words cannot match. */
    public boolean otherLanguageThan(ArticleFeatures other) {
        return language != null && other.language != null && !language.equals(other.language);
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

    /**
     * The features of an analysed article. When its body does not tell its headline's story (a page of
     * furniture, see {@link Headlines}), the names, days, numbers and words of that body say nothing of
     * the article: only the headline's words and figures stand for it.
     */
    public static ArticleFeatures of(AnalyzedArticle a) {
        String headline = a.article().title();
        if (!Headlines.toldBy(headline, a.article().text())) {
            Set<String> numbers = new HashSet<>();
            for (Figure f : a.figures()) {
                if (f.begin() < 0 && keyed(f)) {
                    numbers.add(NUMBER_KEY + (long) f.value());
                }
            }
            return new ArticleFeatures(
                    a.id(),
                    a.vector(),
                    numbers,
                    words(headline),
                    a.article().published(),
                    a.article().language());
        }
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
            names.add(NUMBER_KEY + numberKey(m.group()));
        }
        // the figures read in the article's language: "eleven", "elf" and "once" give one key
        for (Figure f : a.figures()) {
            if (keyed(f)) {
                names.add(NUMBER_KEY + (long) f.value());
            }
        }
        // the headline counts twice: when a page's body is mostly furniture, it still says what happened
        String title = a.article().title() == null ? "" : (a.article().title() + "\n").repeat(2);
        return new ArticleFeatures(
                a.id(),
                a.vector(),
                names,
                words(title + a.article().text()),
                a.article().published(),
                a.article().language());
    }

    /** Whether a figure's value is a whole number of two or more digits, which gives a number key. */
    private static boolean keyed(Figure f) {
        return f.value() >= 10 && f.value() == Math.rint(f.value()) && f.value() < 1e15;
    }

    /** "1'200", "1.200", "1,200" → "1200"; "6,1" → "6.1". */
    static String numberKey(String number) {
        String n = number.replaceAll("(?<=\\d)[,.'’\\u00A0\\u202F](?=\\d{3}(?!\\d))", "");
        return n.replace(',', '.');
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
