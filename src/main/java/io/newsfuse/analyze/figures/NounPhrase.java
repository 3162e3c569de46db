package io.newsfuse.analyze.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The noun a number counts, read from the words after it: "68 passengers", "six crew members on board",
 * "2.1 million registered voters", "40 units of equipment" (a container noun looks through "of" to what
 * it holds), "three of the guards" (a part of a whole). The phrase runs over modifiers to its head and
 * stops at function words, punctuation, numbers, event words and past forms ("74 people crashed"). A
 * head written with a capital is a name ("four ATR"), not a counted noun.
 *
 * @param words     the folded words of the phrase, the head last; empty when the number counts no noun
 * @param partitive  true for "N of the …": a part of the whole
 * @param additional true for "three further hostages", "two other people": counted besides someone
 */
record NounPhrase(List<String> words, boolean partitive, boolean additional) {

    String head() {
        return words.isEmpty() ? null : words.getLast();
    }

    /** The concept of the phrase: the pack's concept of its last two words or of its head, else the head. */
    String concept(FigureWords w) {
        if (words.size() >= 2) {
            String two = words.get(words.size() - 2) + " " + words.getLast();
            if (w.concepts.containsKey(two)) {
                return w.concepts.get(two);
            }
        }
        return w.concept(head());
    }

    static NounPhrase after(List<Token> t, int from, FigureWords w) {
        int j = from;
        boolean partitive = false;
        if (j + 1 < t.size()
                && t.get(j).isWord()
                && w.partitive.contains(t.get(j).lower())) {
            partitive = true;
            j++;
        }
        List<String> words = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        boolean additional = false;
        while (j < t.size() && words.size() < NOUN_WORDS) {
            Token x = t.get(j);
            if (!x.isWord()) {
                break;
            }
            String l = x.lower();
            if (words.isEmpty() && (w.skipBeforeNoun.contains(l) || w.functionWords.contains(l) && partitive)) {
                additional |= w.additional.contains(l);
                j++;
                continue;
            }
            if (w.notNouns.contains(l) || stops(x, l, w, words)) {
                break;
            }
            words.add(l);
            capitals.add(x.isCapitalized());
            j++;
        }
        if (!words.isEmpty()
                && w.containers.contains(words.getLast())
                && j < t.size()
                && w.partitive.contains(t.get(j).lower())) {
            NounPhrase inner = after(t, j, w);
            if (inner.head() != null) {
                return new NounPhrase(inner.words(), partitive, additional);
            }
        }
        cutAtKnownNoun(words, capitals, w);
        while (!words.isEmpty() && capitals.getLast()) {
            words.removeLast();
            capitals.removeLast();
        }
        return new NounPhrase(List.copyOf(words), partitive, additional && !words.isEmpty());
    }

    private static final int NOUN_WORDS = 4;

    /** "126 deputies forms", "65 seats thanks": the phrase ends at the first noun the pack knows. */
    private static void cutAtKnownNoun(List<String> words, List<Boolean> capitals, FigureWords w) {
        for (int k = 0; k < words.size(); k++) {
            int end = -1;
            if (k + 1 < words.size() && w.concepts.containsKey(words.get(k) + " " + words.get(k + 1))) {
                end = k + 2;
            } else if (w.knownNoun(words.get(k)) && !capitals.get(k)) {
                end = k + 1;
            }
            if (end > 0) {
                words.subList(end, words.size()).clear();
                capitals.subList(end, capitals.size()).clear();
                return;
            }
        }
    }

    private static boolean stops(Token x, String l, FigureWords w, List<String> words) {
        FigureWords.Entry e = w.event(l);
        if (e != null && e.strength() == FigureWords.Strength.EVENT && !words.isEmpty()) {
            return true;
        }
        if (!words.isEmpty() && (l.endsWith("ed") || w.pastForms.contains(l)) && !x.isCapitalized()) {
            return true;
        }
        return !l.matches("[\\p{L}][\\p{L}\\-']*");
    }
}
