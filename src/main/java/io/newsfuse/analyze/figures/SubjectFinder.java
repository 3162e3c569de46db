package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.lang.LanguagePack;
import java.util.List;
import java.util.Set;

/**
 * Finds what or where a figure is about: a group of people named with the number ("16 police officers
 * were killed" is about security forces, not the whole toll), a place named with a preposition in the
 * same clause ("103 in Almaty", "2,500 soldiers to Kazakhstan"), or, for a share, the person or
 * organisation it belongs to ("Enkhbold won with 50.9%", "21.6% for Haixing"). Group and preposition
 * words come from the language pack.
 */
final class SubjectFinder {
    private static final int GROUP_REACH = 6;
    private static final int AFTER_REACH = 12;
    private static final int BEFORE_REACH = 6;
    private static final int OWNER_REACH = 40;
    private static final int LEAD_REACH = 3;

    private final FigureWords w;
    private final Set<String> prepositions;
    private final Set<String> to;
    private final Set<String> ownerLead;
    private final java.util.Map<String, List<String>> impliedGroups;

    SubjectFinder(FigureWords words, LanguagePack pack) {
        this.w = words;
        this.prepositions = pack.words("figures.placePrepositions");
        this.to = pack.words("figures.placeTo");
        this.ownerLead = pack.words("figures.percentOwnerLead");
        this.impliedGroups = pack.groups("figures.impliedGroups");
    }

    /**
     * The group the quantity at index i counts ("security forces", "children"), or null; a group its
     * measure already implies ({@code figures.impliedGroups}: troops are security forces, strikers
     * workers) says nothing more.
     */
    String group(List<Token> t, int i, String measure, int measureWord) {
        int stop = measureWord > i ? measureWord : Math.min(t.size(), i + GROUP_REACH);
        for (int j = i + 1; j < stop && j <= i + GROUP_REACH; j++) {
            Token x = t.get(j);
            if (x.isQuantity() || x.text().matches("[.;:()]")) {
                break;
            }
            String g = w.subjects.get(x.lower());
            if (g == null
                    || g.equals(measure)
                    || impliedGroups.getOrDefault(measure, List.of()).contains(g)) {
                continue;
            }
            return g;
        }
        return null;
    }

    /** The place the quantity at index i is about ("in Varnhold"), or null. */
    String place(List<Token> t, int i, List<Mention> places, int sentenceBegin) {
        Token q = t.get(i);
        Mention best = null;
        for (Mention m : places) {
            if (m.type() != EntityType.LOCATION) {
                continue;
            }
            int mb = m.begin() - sentenceBegin;
            int me = m.end() - sentenceBegin;
            if (mb >= q.end() && placeAfter(t, i, mb)) {
                return "in " + m.text();
            }
            if (me <= q.begin() && best == null && placeBefore(t, i, mb, me)) {
                best = m;
            }
        }
        if (best != null) {
            return "in " + best.text();
        }
        String unnamed = unnamedPlace(t, i);
        return unnamed == null ? null : "in " + unnamed;
    }

    /**
     * A place the recogniser did not name, read from the words that can only lead to one: a place
     * preposition, a word such as "neighbouring" or "nearby" and a capitalised name ("in neighbouring
     * Tashbulak, nine people died"), in the quantity's clause; null when none.
     */
    private String unnamedPlace(List<Token> t, int i) {
        for (int j = Math.max(1, i - BEFORE_REACH - 3); j + 1 < t.size() && j <= i + AFTER_REACH; j++) {
            if (j == i || t.get(j).text().matches("[;:()]")) {
                continue;
            }
            Token modifier = t.get(j);
            Token name = t.get(j + 1);
            if (modifier.isWord()
                    && !modifier.isCapitalized()
                    && w.placeModifiers.contains(modifier.lower())
                    && prepositions.contains(t.get(j - 1).lower())
                    && !to.contains(t.get(j - 1).lower())
                    && name.isWord()
                    && name.isCapitalized()) {
                if (j < i && t.subList(j + 2, i).stream().anyMatch(x -> x.isQuantity() || x.is(";"))) {
                    continue;
                }
                if (j > i && t.subList(i + 1, j).stream().anyMatch(x -> x.isQuantity() || x.is(";"))) {
                    continue;
                }
                return name.text();
            }
        }
        return null;
    }

    /**
     * Whose share a percentage is: the name after "for" ("34.2% for Jinlong"); else the person (or,
     * failing one, the organisation) named last before it in its clause, with a verb of getting or
     * "with" between ("Enkhbold won with 50.9%", "Saruul took 46.1%") or "for" before it ("the rate for
     * Haixing is 21.6%") and no other percentage; else,
     * when a pronoun stands there ("she lies with 49.5%"), the last person the article named before.
     */
    String owner(List<Token> t, int i, List<Mention> mentions, List<Mention> before, int sentenceBegin) {
        int j = i + 1;
        if (j < t.size() && ownerLead.contains(t.get(j).lower())) {
            int from = t.get(j).end() + sentenceBegin;
            int to = j + LEAD_REACH < t.size() ? t.get(j + LEAD_REACH).begin() + sentenceBegin : Integer.MAX_VALUE;
            for (Mention m : mentions) {
                if (m.type() != EntityType.LOCATION && m.begin() >= from && m.begin() <= to) {
                    return m.text();
                }
            }
            return null;
        }
        int floor = i;
        while (floor > 0 && i - floor < OWNER_REACH && !ownerBreak(t, floor - 1)) {
            floor--;
        }
        int low = t.get(floor).begin() + sentenceBegin;
        int high = t.get(i).begin() + sentenceBegin;
        Mention person = null;
        Mention organisation = null;
        for (Mention m : mentions) {
            if (m.begin() < low
                    || m.end() > high
                    || !gets(t, m.end() - sentenceBegin, i) && !ledBy(t, m.begin() - sentenceBegin)) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if (m.type() == EntityType.ORGANIZATION) {
                organisation = m;
            }
        }
        Mention chosen = person != null ? person : organisation;
        if (chosen != null) {
            return chosen.text();
        }
        for (int k = floor; k < i; k++) {
            if (w.pronouns.contains(t.get(k).lower()) && gets(t, t.get(k).end(), i)) {
                for (int m = before.size() - 1; m >= 0; m--) {
                    if (before.get(m).type() == EntityType.PERSON
                            && before.get(m).end() <= t.get(k).begin() + sentenceBegin) {
                        return before.get(m).text();
                    }
                }
            }
        }
        return null;
    }

    /** Whether "for" stands right before a sentence offset ("the rate for Haixing is 21.6%"). */
    private boolean ledBy(List<Token> t, int offset) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).begin() == offset) {
                return ownerLead.contains(t.get(k - 1).lower());
            }
        }
        return false;
    }

    /** Whether a verb of getting or "with" stands between a sentence offset and token i. */
    private boolean gets(List<Token> t, int from, int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).begin() >= from
                    && t.get(k).isWord()
                    && w.shareVerbs.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A clause break an owner is not looked for across: ";", ":", another share, ", and". */
    private boolean ownerBreak(List<Token> t, int k) {
        Token x = t.get(k);
        if (x.isQuantity() && x.quantity().percent() || x.text().matches("[;:]")) {
            return true;
        }
        return x.isWord()
                && w.clauseConjunctions.contains(x.lower())
                && k > 0
                && t.get(k - 1).is(",");
    }

    private boolean placeAfter(List<Token> t, int i, int mentionBegin) {
        boolean preposition = false;
        for (int j = i + 1, n = 0; j < t.size() && n <= AFTER_REACH; j++, n++) {
            Token x = t.get(j);
            if (x.begin() >= mentionBegin) {
                return preposition;
            }
            if (x.isQuantity() || x.text().matches("[;:()]") || w.and.contains(x.lower()) && n > 3) {
                return false;
            }
            if (x.isWord() && prepositions.contains(x.lower())) {
                preposition = true;
            }
        }
        return false;
    }

    private boolean placeBefore(List<Token> t, int i, int mentionBegin, int mentionEnd) {
        int first = -1;
        for (int j = 0; j < i; j++) {
            if (t.get(j).begin() >= mentionBegin && first < 0) {
                first = j;
            }
        }
        if (first > 1
                && t.get(first - 1).isWord()
                && !t.get(first - 1).isCapitalized()
                && w.placeModifiers.contains(t.get(first - 1).lower())) {
            first--; // "in neighbouring Tashbulak, nine people died"
        }
        if (first <= 0
                || !prepositions.contains(t.get(first - 1).lower())
                || to.contains(t.get(first - 1).lower())) {
            return false;
        }
        int n = 0;
        for (int j = first; j < i; j++) {
            if (t.get(j).begin() >= mentionEnd) {
                n++;
                if (t.get(j).isQuantity()) {
                    return false;
                }
            }
        }
        return n <= BEFORE_REACH;
    }
}
