package io.newsfuse.consolidate.quotes;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Quote;
import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.support.Hashes;
import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the same statement across articles: quotes of the same speaker (by canonical name) whose
 * wordings mean the same, even when translations reword them or one outlet quotes only a few words.
 * Every wording is kept with its article. Thread-safe when its embedder is.
 */
public final class QuoteGrouper {
    /** Speaker of groups whose quotes nobody could be credited with. */
    public static final String UNKNOWN_SPEAKER = "unknown";
    /** Unattributed quotes shorter than this many words are left out. */
    static final int MIN_WORDS_UNKNOWN = 4;

    private static final int EMBEDDED_CHARS = io.newsfuse.analyze.CoreNlpAnalyzer.QUOTE_CHARS;
    private final TextEmbedder embedder;

    /** @param embedder sentence embedder for meaning; null to compare wordings by their words only */
    public QuoteGrouper(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    private record Item(
            int order,
            QuoteOccurrence occurrence,
            String speaker,
            String speakerKey,
            Set<String> stems,
            float[] vector,
            String language,
            Set<String> anchors,
            boolean onlyQuote) {}

    private static final class Bucket {
        final String speaker;
        final String speakerKey;
        final List<Item> items = new ArrayList<>();

        Bucket(String speaker, String speakerKey) {
            this.speaker = speaker;
            this.speakerKey = speakerKey;
        }
    }

    /**
     * Groups the quotes of the articles by statement.
     *
     * @param articles analysed articles, in the order their occurrences should be listed
     * @param names    maps speakers as written to canonical names
     * @return the groups, those carried by the most articles first
     */
    public List<QuoteGroup> group(List<AnalyzedArticle> articles, SpeakerNames names) {
        SpeakerNames resolver = names == null ? SpeakerNames.asWritten() : names;
        List<Item> items = collect(articles, resolver);
        List<Bucket> buckets = new ArrayList<>();
        List<Item> byLength = new ArrayList<>(items);
        byLength.sort(
                Comparator.comparingInt((Item i) -> i.stems().size()).reversed().thenComparingInt(Item::order));
        for (Item item : byLength) {
            Bucket best = null;
            double bestScore = 0;
            for (Bucket bucket : buckets) {
                if (!bucket.speakerKey.equals(item.speakerKey())) {
                    continue;
                }
                for (Item member : bucket.items) {
                    double score = score(item, member);
                    if (score > bestScore) {
                        bestScore = score;
                        best = bucket;
                    }
                }
            }
            if (best == null) {
                best = new Bucket(item.speaker(), item.speakerKey());
                buckets.add(best);
            }
            best.items.add(item);
        }
        mergeLinked(buckets);
        List<QuoteGroup> groups = new ArrayList<>();
        for (Bucket bucket : buckets) {
            groups.add(toGroup(bucket));
        }
        groups.sort(Comparator.comparingInt(QuoteGroup::articleCount)
                .reversed()
                .thenComparing(Comparator.comparingInt(
                                (QuoteGroup g) -> g.occurrences().size())
                        .reversed())
                .thenComparing(QuoteGroup::speaker)
                .thenComparing(g -> g.occurrences().get(0).text()));
        return List.copyOf(groups);
    }

    private static double score(Item a, Item b) {
        return otherLanguage(a, b)
                ? CrossLanguageQuotes.score(a.anchors(), a.onlyQuote(), b.anchors(), b.onlyQuote())
                : QuoteSimilarity.score(a.stems(), a.vector(), b.stems(), b.vector());
    }

    /**
     * Joins two groups of one speaker when a wording of one matches a wording of the other: each item
     * goes to its best match only, so a short partial quote ("take all measures") may found a group
     * of its own beside the full sentence it is part of, and the two are one statement.
     */
    private static void mergeLinked(List<Bucket> buckets) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < buckets.size(); i++) {
                for (int j = i + 1; j < buckets.size(); j++) {
                    Bucket a = buckets.get(i);
                    Bucket b = buckets.get(j);
                    if (a.speakerKey.equals(b.speakerKey) && !a.speakerKey.equals(UNKNOWN_SPEAKER) && linked(a, b)) {
                        a.items.addAll(b.items);
                        buckets.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    private static boolean linked(Bucket a, Bucket b) {
        for (Item x : a.items) {
            for (Item y : b.items) {
                if (score(x, y) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two wordings come from articles known to be in different languages. */
    private static boolean otherLanguage(Item a, Item b) {
        return a.language() != null && b.language() != null && !a.language().equals(b.language());
    }

    private List<Item> collect(List<AnalyzedArticle> articles, SpeakerNames names) {
        List<QuoteOccurrence> occurrences = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<float[]> analysed = new ArrayList<>();
        Map<String, String> languageOf = new HashMap<>();
        for (AnalyzedArticle article : articles == null ? List.<AnalyzedArticle>of() : articles) {
            if (article.article().language() != null) {
                languageOf.put(article.id(), article.article().language());
            }
            for (Quote quote : article.quotes()) {
                if (quote.text() == null || quote.text().isBlank()) {
                    continue;
                }
                String speaker = canonical(names, article.id(), quote.speaker());
                if (speaker == null && ContentWords.words(quote.text()) < MIN_WORDS_UNKNOWN) {
                    continue;
                }
                occurrences.add(new QuoteOccurrence(
                        article.id(), quote.text(), quote.speaker(), quote.begin(), quote.end(), quote.sentence()));
                analysed.add(quote.vector());
                speakers.add(speaker == null ? UNKNOWN_SPEAKER : speaker);
            }
        }
        Map<String, String> unified = StorySpeakers.unify(
                speakers.stream().filter(n -> !n.equals(UNKNOWN_SPEAKER)).toList());
        speakers.replaceAll(n -> unified.getOrDefault(n, n));
        List<float[]> vectors = analysed.stream().allMatch(v -> v.length > 0) ? analysed : embed(occurrences, speakers);
        Map<String, Integer> quotesPerSpeaker = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            quotesPerSpeaker.merge(occurrences.get(i).article() + "|" + key(speakers.get(i)), 1, Integer::sum);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String speaker = speakers.get(i);
            String article = occurrences.get(i).article();
            items.add(new Item(
                    i,
                    occurrences.get(i),
                    speaker,
                    key(speaker),
                    ContentWords.stems(occurrences.get(i).text()),
                    vectors.get(i),
                    languageOf.get(article),
                    CrossLanguageQuotes.anchors(occurrences.get(i).text()),
                    !speaker.equals(UNKNOWN_SPEAKER) && quotesPerSpeaker.get(article + "|" + key(speaker)) == 1));
        }
        return items;
    }

    private static String canonical(SpeakerNames names, String articleId, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String canonical = names.canonical(articleId, written);
        return canonical == null || canonical.isBlank() ? written.trim() : canonical.trim();
    }

    /**
     * Embeds the wordings that could meet another article's: only speakers quoted in two or more
     * articles need meaning compared, and the first {@value #EMBEDDED_CHARS} characters of a wording
     * carry its meaning for the model. Embedding is the costly part of grouping.
     */
    private List<float[]> embed(List<QuoteOccurrence> occurrences, List<String> speakers) {
        List<float[]> none = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            none.add(new float[0]);
        }
        if (embedder == null || occurrences.isEmpty()) {
            return none;
        }
        Map<String, java.util.Set<String>> articlesOf = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            articlesOf
                    .computeIfAbsent(key(speakers.get(i)), k -> new java.util.HashSet<>())
                    .add(occurrences.get(i).article());
        }
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String text = occurrences.get(i).text();
            if (articlesOf.get(key(speakers.get(i))).size() > 1 && !distinct.contains(text)) {
                distinct.add(text);
            }
        }
        if (distinct.isEmpty()) {
            return none;
        }
        distinct = distinct.stream()
                .map(t -> t.length() > EMBEDDED_CHARS ? t.substring(0, EMBEDDED_CHARS) : t)
                .toList();
        List<float[]> vectors = embedder.embed(distinct);
        if (vectors == null || vectors.size() != distinct.size()) {
            return none;
        }
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), vectors.get(i) == null ? new float[0] : vectors.get(i));
        }
        return occurrences.stream()
                .map(o -> byText.getOrDefault(
                        o.text().length() > EMBEDDED_CHARS ? o.text().substring(0, EMBEDDED_CHARS) : o.text(),
                        new float[0]))
                .toList();
    }

    private static QuoteGroup toGroup(Bucket bucket) {
        List<Item> members = new ArrayList<>(bucket.items);
        members.sort(Comparator.comparingInt(Item::order));
        List<QuoteOccurrence> occurrences =
                members.stream().map(Item::occurrence).toList();
        StringBuilder identity = new StringBuilder(bucket.speakerKey);
        for (QuoteOccurrence o : occurrences) {
            identity.append('|').append(o.article()).append('@').append(o.begin());
        }
        return new QuoteGroup(Hashes.id("quote", identity.toString()), bucket.speaker, occurrences);
    }

    private static String key(String speaker) {
        return Folding.fold(speaker).trim();
    }
}
