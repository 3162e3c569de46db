package io.newsfuse.store;

import io.newsfuse.cluster.ArticleFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Which of an article's clustering terms are worth looking its candidates up by, whatever index answers:
 * its name, day and number keys that another article shares, and its rarest shared content words (a
 * word held by a fifth of the articles finds everything). The Lucene index and the PostgreSQL store
 * choose the same terms.
 *
 * @param keys  keys held by at least one other article, at most {@value #MAX_KEYS}
 * @param words the rarest shared words, rarest first, at most {@value #RARE_WORDS}
 */
record CandidateTerms(List<String> keys, List<String> words) {
    /** Words held by more than this share of the articles do not help find a story's candidates. */
    static final double COMMON_WORD = 0.2;

    static final int MAX_KEYS = 256;
    static final int RARE_WORDS = 32;

    CandidateTerms {
        keys = List.copyOf(keys);
        words = List.copyOf(words);
    }

    /** The terms of {@code f} chosen with document frequencies over {@code articles} articles. */
    static CandidateTerms of(
            ArticleFeatures f, int articles, ToIntFunction<String> keyFrequency, ToIntFunction<String> wordFrequency) {
        int n = Math.max(1, articles);
        List<String> keys = new ArrayList<>();
        for (String key : f.keys()) {
            if (keys.size() >= MAX_KEYS) {
                break;
            }
            if (keyFrequency.applyAsInt(key) >= 2) {
                keys.add(key);
            }
        }
        List<Map.Entry<String, Integer>> rare = new ArrayList<>();
        for (String word : f.words().keySet()) {
            int df = wordFrequency.applyAsInt(word);
            if (df >= 2 && df <= Math.max(2, n * COMMON_WORD)) {
                rare.add(Map.entry(word, df));
            }
        }
        rare.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<String> words = new ArrayList<>();
        for (var e : rare.subList(0, Math.min(RARE_WORDS, rare.size()))) {
            words.add(e.getKey());
        }
        return new CandidateTerms(keys, words);
    }

    /** Whether nothing was chosen: no other article can be found through this article's terms. */
    boolean isEmpty() {
        return keys.isEmpty() && words.isEmpty();
    }
}
