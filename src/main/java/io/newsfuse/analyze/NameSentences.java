package io.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the sentences the name recogniser reads: those that may hold a name. In a cased script a name
 * is capitalised, so a sentence whose words are all lower case except a first word the article also
 * writes in lower case ("The", "Police") holds none; the recogniser, the costliest step of the analysis,
 * is spared it. Sentences with letters of a caseless script (Arabic, Chinese...) are always read.
 */
final class NameSentences {
    private NameSentences() {}

    /** The sentences of a text, in order, that may hold a name. */
    static List<CoreMap> select(List<CoreMap> sentences, String text) {
        Set<String> lowerWords = lowerCaseWords(text);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (mayHoldName(sentence.get(CoreAnnotations.TokensAnnotation.class), lowerWords)) {
                out.add(sentence);
            }
        }
        return out;
    }

    static boolean mayHoldName(List<CoreLabel> tokens, Set<String> lowerWords) {
        boolean first = true;
        for (CoreLabel token : tokens) {
            String word = token.word();
            int at = firstLetter(word);
            if (at < 0) {
                continue;
            }
            int c = word.codePointAt(at);
            boolean upper = Character.isUpperCase(c) || Character.isTitleCase(c);
            if (!upper && !Character.isLowerCase(c)) {
                return true; // a caseless script: capitals say nothing
            }
            if (upper && (!first || !lowerWords.contains(word.toLowerCase(Locale.ROOT)))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    private static int firstLetter(String word) {
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
            if (Character.isLetter(word.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The words the text writes in lower case only. */
    static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        boolean lower = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (start >= 0 && (c == '\'' || c == '’' || c == '-'))) {
                if (start < 0) {
                    start = i;
                    lower = true;
                }
                lower &= !Character.isUpperCase(c);
            } else if (start >= 0) {
                if (lower) {
                    words.add(text.substring(start, i));
                }
                start = -1;
            }
        }
        return words;
    }
}
