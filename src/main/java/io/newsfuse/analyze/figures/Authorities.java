package io.newsfuse.analyze.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who gives the figures of a sentence: "according to the Interior Ministry", "citing the Ministry
 * of Health", "police said", "the ministry reported", "…, said Kassym Tokayev". Pronouns ("he said")
 * give no authority, since the sentence alone cannot say who they are.
 */
final class Authorities {
    private static final Set<String> VERBS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "reported",
            "announced",
            "stated",
            "indicated",
            "confirmed",
            "confirms",
            "estimated",
            "estimates",
            "estimate",
            "claimed",
            "claims",
            "added",
            "noted",
            "tweeted",
            "wrote",
            "declared",
            "informed",
            "announces",
            "reports");
    private static final Set<String> STOP = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "and",
            "or",
            "but",
            "as",
            "when",
            "while",
            "after",
            "before",
            "since",
            "because",
            "if",
            "he",
            "she",
            "they",
            "it",
            "we",
            "i",
            "you",
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "in",
            "at",
            "by",
            "for",
            "to",
            "with",
            "from",
            "on",
            "this",
            "there",
            "where",
            "what",
            "also",
            "not",
            "will",
            "would",
            "could",
            "previously",
            "later",
            "earlier",
            "then",
            "so",
            "than");
    private static final Set<String> SKIP_BACK = Set.of(
            "also", "later", "earlier", "previously", "separately", "officially", "reportedly", "initially", "then");
    private static final Set<String> KEEP_INSIDE = Set.of("the", "of", "a", "an", "'s", "’s", "for", "de");
    private static final Set<String> NOUNS = Set.of(
            "police",
            "officials",
            "official",
            "authorities",
            "ministry",
            "government",
            "sources",
            "source",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "witnesses",
            "media",
            "medics",
            "doctors",
            "hospital",
            "agency",
            "statement",
            "office",
            "officers",
            "department",
            "prosecutors",
            "prosecutor",
            "coroner",
            "examiner",
            "sheriff",
            "organizers",
            "organisers",
            "activists",
            "observers",
            "rescuers",
            "report",
            "data",
            "army",
            "military",
            "president",
            "minister",
            "mayor",
            "governor",
            "spokesmen",
            "residents",
            "volunteers",
            "union",
            "company",
            "officer",
            "investigators",
            "committee",
            "service",
            "services",
            "channel",
            "television",
            "newspaper",
            "outlet",
            "ngo",
            "group");

    private Authorities() {}

    /** The authority named in a sentence, or null. */
    static String find(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            boolean according = t.get(i).is("according") && t.get(i + 1).is("to");
            boolean citing = t.get(i).is("citing");
            if (according || citing) {
                String found = forward(t, i + (according ? 2 : 1));
                if (found != null) {
                    return found;
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isWord() && VERBS.contains(t.get(i).lower())) {
                String found = backward(t, i);
                if (found == null) {
                    found = forward(t, i + 1);
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String forward(List<Token> t, int from) {
        List<Token> words = new ArrayList<>();
        for (int j = from; j < t.size() && words.size() < 8; j++) {
            Token w = t.get(j);
            String x = w.lower();
            boolean inside = KEEP_INSIDE.contains(x) || x.equals("'") || x.equals("’");
            if (w.isWord()
                    && !STOP.contains(x)
                    && (w.isCapitalized() || NOUNS.contains(x) || inside || adjectiveBeforeNoun(t, j))) {
                words.add(w);
            } else if ((x.equals("'") || x.equals("’"))
                    && j + 1 < t.size()
                    && t.get(j + 1).is("s")) {
                words.add(w);
            } else {
                break;
            }
        }
        while (!words.isEmpty()
                && KEEP_INSIDE.contains(words.get(words.size() - 1).lower())) {
            words.remove(words.size() - 1);
        }
        return phrase(words);
    }

    private static boolean adjectiveBeforeNoun(List<Token> t, int j) {
        return j + 1 < t.size()
                && t.get(j + 1).isWord()
                && NOUNS.contains(t.get(j + 1).lower())
                && !STOP.contains(t.get(j).lower());
    }

    private static String backward(List<Token> t, int verb) {
        List<Token> words = new ArrayList<>();
        for (int j = verb - 1; j >= 0 && words.size() < 7; j--) {
            Token w = t.get(j);
            String x = w.lower();
            if (words.isEmpty() && SKIP_BACK.contains(x)) {
                continue;
            }
            boolean apostrophe = x.equals("'")
                    || x.equals("’")
                    || x.equals("s")
                            && j > 0
                            && (t.get(j - 1).is("'") || t.get(j - 1).is("’"));
            if (w.isWord() && !STOP.contains(x) || apostrophe) {
                words.add(0, w);
            } else {
                break;
            }
        }
        while (!words.isEmpty()
                && !words.get(0).isCapitalized()
                && !NOUNS.contains(words.get(0).lower())
                && !KEEP_INSIDE.contains(words.get(0).lower())
                && words.size() > 1
                && !NOUNS.contains(words.get(1).lower())
                && !words.get(1).isCapitalized()) {
            words.remove(0);
        }
        return phrase(words);
    }

    private static String phrase(List<Token> words) {
        if (words.isEmpty()) {
            return null;
        }
        boolean named = false;
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            if (w.isCapitalized() && !(k == 0 && KEEP_INSIDE.contains(w.lower())) || NOUNS.contains(w.lower())) {
                named = true;
            }
        }
        if (!named) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Token prev = null;
        for (Token w : words) {
            if (prev != null && prev.end() < w.begin()) {
                sb.append(' ');
            }
            sb.append(w.text());
            prev = w;
        }
        return sb.toString();
    }
}
