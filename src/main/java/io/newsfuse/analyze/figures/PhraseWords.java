package io.newsfuse.analyze.figures;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figure readers' small text tests, without a regular expression per token: the words of a
 * phrase from the language packs (split once, then remembered) and whether a token is one punctuation
 * mark of a set. The readers ask these for every token of every article.
 */
final class PhraseWords {
    private static final Map<String, String[]> WORDS = new ConcurrentHashMap<>();

    private PhraseWords() {}

    /** The words of a phrase from a word list, split at single spaces. */
    static String[] of(String phrase) {
        String[] words = WORDS.get(phrase);
        if (words == null) {
            words = phrase.split(" ");
            if (WORDS.size() < 100_000) {
                WORDS.put(phrase, words);
            }
        }
        return words;
    }

    /** Whether the tokens from index {@code at} on are the words given, one by one. */
    static boolean matchesAt(List<Token> t, int at, String[] words) {
        if (at < 0 || at + words.length > t.size()) {
            return false;
        }
        for (int m = 0; m < words.length; m++) {
            if (!t.get(at + m).is(words[m])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is exactly one of the characters given. */
    static boolean isOneOf(String text, String marks) {
        return text.length() == 1 && marks.indexOf(text.charAt(0)) >= 0;
    }
}
