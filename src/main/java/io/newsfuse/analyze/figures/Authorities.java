package io.newsfuse.analyze.figures;

import io.newsfuse.lang.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds who gives a figure: "according to the Interior Ministry", "citing the Ministry of Health",
 * "police said", "the organisers said more than 30,000", "…, said Kassym Tokayev". The authority
 * nearest the figure within its clause wins, so "police put the crowd at 8,000; the organisers said
 * 30,000" gives each count its own. Pronouns ("he said") give no authority, since the sentence alone
 * cannot say who they are. Words come from the pack's {@code figures.authority} lists.
 */
final class Authorities {
    private static final Map<String, Authorities> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Set<String> verbs;
    private final List<List<String>> according;
    private final Set<String> stop;
    private final Set<String> skipBack;
    private final Set<String> keepInside;
    private final Set<String> nouns;
    private final Set<String> clauseOpeners;
    private final Set<String> relatives;

    private Authorities(LanguagePack pack) {
        verbs = pack.words("figures.authority.verbs");
        List<List<String>> a = new ArrayList<>();
        for (String phrase : pack.list("figures.authority.according")) {
            a.add(List.of(phrase.split(" ")));
        }
        according = List.copyOf(a);
        stop = pack.words("figures.authority.stop");
        skipBack = pack.words("figures.authority.skipBack");
        keepInside = pack.words("figures.authority.keepInside");
        nouns = pack.words("figures.authority.nouns");
        clauseOpeners = pack.words("figures.authority.clauseOpeners");
        relatives = pack.words("figures.authority.relatives");
    }

    static Authorities of(String language) {
        LanguagePack pack = LanguagePack.of(language);
        return BY_LANGUAGE.computeIfAbsent(pack.language(), k -> new Authorities(pack));
    }

    /** A named authority and where its cue stands. */
    private record Found(String name, int cue) {}

    /** The authority nearest the token at index i within its clause, or null. */
    String find(List<Token> t, int i) {
        int from = i;
        while (from > 0 && !clauseBreak(t, from - 1)) {
            from--;
        }
        int to = i;
        while (to + 1 < t.size() && !clauseBreak(t, to + 1)) {
            to++;
        }
        Found best = null;
        for (Found f : all(t, from, to + 1)) {
            if (best == null || Math.abs(f.cue() - i) < Math.abs(best.cue() - i)) {
                best = f;
            }
        }
        return best == null ? null : best.name();
    }

    /**
     * Whether the token at {@code k} ends a clause: a semicolon, or a comma before a word that opens a
     * contrasting clause ("about 600, while the party says more than 1,400": each count its own source).
     */
    private boolean clauseBreak(List<Token> t, int k) {
        Token x = t.get(k);
        if (x.isWord() || x.isQuantity()) {
            return false;
        }
        return ";".equals(x.text())
                || ",".equals(x.text())
                        && k + 1 < t.size()
                        && t.get(k + 1).isWord()
                        && clauseOpeners.contains(t.get(k + 1).lower());
    }

    private List<Found> all(List<Token> t, int from, int to) {
        List<Found> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (List<String> phrase : according) {
                if (matches(t, i, phrase, to)) {
                    String found = forward(t, i + phrase.size(), to);
                    if (found != null) {
                        out.add(new Found(found, i));
                    }
                }
            }
            if (t.get(i).isWord() && verbs.contains(t.get(i).lower())) {
                String found = backward(t, i, from);
                if (found == null) {
                    found = forward(t, i + 1, to);
                }
                if (found != null) {
                    out.add(new Found(found, i));
                }
            }
        }
        return out;
    }

    private static boolean matches(List<Token> t, int i, List<String> phrase, int to) {
        if (i + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!t.get(i + k).is(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private String forward(List<Token> t, int from, int to) {
        List<Token> words = new ArrayList<>();
        for (int j = from; j < to && words.size() < 8; j++) {
            Token w = t.get(j);
            String x = w.lower();
            boolean inside = keepInside.contains(x) || x.equals("'") || x.equals("’");
            if (w.isWord()
                    && !stop.contains(x)
                    && (w.isCapitalized() || nouns.contains(x) || inside || adjectiveBeforeNoun(t, j, to))) {
                words.add(w);
            } else if ((x.equals("'") || x.equals("’"))
                    && j + 1 < to
                    && t.get(j + 1).is("s")) {
                words.add(w);
            } else {
                break;
            }
        }
        while (!words.isEmpty()
                && keepInside.contains(words.get(words.size() - 1).lower())) {
            words.remove(words.size() - 1);
        }
        return phrase(words);
    }

    private boolean adjectiveBeforeNoun(List<Token> t, int j, int to) {
        return j + 1 < to
                && t.get(j + 1).isWord()
                && nouns.contains(t.get(j + 1).lower())
                && !stop.contains(t.get(j).lower());
    }

    private String backward(List<Token> t, int verb, int from) {
        List<Token> words = new ArrayList<>();
        for (int j = verb - 1; j >= from && words.size() < 7; j--) {
            Token w = t.get(j);
            String x = w.lower();
            if (words.isEmpty() && skipBack.contains(x)) {
                continue;
            }
            if (words.isEmpty()) {
                int aside = asideStart(t, j, from);
                if (aside >= 0) {
                    j = aside;
                    continue;
                }
            }
            boolean apostrophe = x.equals("'")
                    || x.equals("’")
                    || x.equals("s")
                            && j > 0
                            && (t.get(j - 1).is("'") || t.get(j - 1).is("’"));
            if (w.isWord() && !stop.contains(x) || apostrophe) {
                words.add(0, w);
            } else {
                break;
            }
        }
        while (words.size() > 1
                && !words.get(0).isCapitalized()
                && !nouns.contains(words.get(0).lower())
                && !keepInside.contains(words.get(0).lower())
                && !nouns.contains(words.get(1).lower())
                && !words.get(1).isCapitalized()) {
            words.remove(0);
        }
        return phrase(words);
    }

    /**
     * Where an aside that ends at token {@code j} right before the verb begins, so the name before it
     * is the one who speaks: a bracket ("the Ministry (MSU) reported") or a relative clause between
     * commas ("the Red Crescent, whose volunteers went from house to house, said"); -1 when none.
     */
    private int asideStart(List<Token> t, int j, int from) {
        String x = t.get(j).text();
        if (x.equals(")")) {
            for (int k = j - 1; k >= from && j - k <= 8; k--) {
                if (t.get(k).is("(")) {
                    return k;
                }
            }
            return -1;
        }
        if (!x.equals(",")) {
            return -1;
        }
        for (int k = j - 1; k > from && j - k <= 25; k--) {
            if (t.get(k).is(",")) {
                return k + 1 < j && relatives.contains(t.get(k + 1).lower()) ? k : -1;
            }
        }
        return -1;
    }

    private String phrase(List<Token> words) {
        if (words.isEmpty()) {
            return null;
        }
        boolean named = false;
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            if (w.isCapitalized() && !(k == 0 && keepInside.contains(w.lower())) || nouns.contains(w.lower())) {
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
