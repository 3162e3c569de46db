package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.figures.FigureWords.Entry;
import io.newsfuse.analyze.figures.FigureWords.Strength;
import io.newsfuse.lang.LanguagePack;
import java.util.List;
import java.util.Set;

/**
 * Picks the event a number counts from the event words of its sentence ({@code figures.events} of the
 * language pack: killed, injured, evacuated, freed…), by their distance to the number. Distance counts
 * words; commas add one, stronger breaks (";", ":", dashes, brackets) add four, a conjunction adds two,
 * and passing another number adds eight, so in "164 dead and 2,000 injured" each number keeps its own
 * word. A word before the number costs one more than one after it; after a verb giving a total's new
 * level ("rose to", {@code figures.reachedLeads}) the event word before may stand as far as for a lone number. Event words outrank group words
 * (troops, protesters), which outrank weak words ("shot").
 */
final class MeasureFinder {
    private static final int EVENT_REACH = 10;
    private static final int GROUP_REACH = 6;
    private static final int LONE_REACH = 16;
    /** How far before the number a weak word may stand ("moved about 12,000 residents"). */
    private static final int WEAK_BEFORE = 3;
    /** What a comma between an event word and a later number adds besides the comma's own one. */
    private static final int BACK_COMMA = 3;

    /** The measure chosen and the word that fixed it. */
    record Choice(String measure, Strength strength, int word) {}

    private final FigureWords w;
    private final Set<String> military;
    private final Set<String> personnel;
    private final Set<String> conjunctions;
    private final Set<String> disjunctions;
    private final List<String> reachedLeads;

    MeasureFinder(FigureWords words, LanguagePack pack) {
        this.w = words;
        this.military = pack.words("figures.militaryContext");
        this.personnel = pack.words("figures.militaryPersonnel");
        this.conjunctions = pack.words("figures.conjunctions");
        this.disjunctions = pack.words("figures.disjunctions");
        this.reachedLeads = pack.list("figures.reachedLeads");
    }

    /** The measure of the quantity at index i, or null when no event word is near enough. */
    Choice find(List<Token> t, int i) {
        Choice event = null;
        int eventCost = Integer.MAX_VALUE;
        boolean eventCrossesClause = false;
        Choice group = null;
        int groupCost = Integer.MAX_VALUE;
        Choice weak = null;
        int weakCost = Integer.MAX_VALUE;
        boolean militaryContext = militaryContext(t);
        boolean reached = reachedLead(t, i);
        for (int j = 0; j < t.size(); j++) {
            if (j == i || !t.get(j).isWord()) {
                continue;
            }
            Entry hit = hit(t.get(j).lower(), militaryContext);
            if (hit == null) {
                hit = phraseEndingAt(t, j);
            }
            if (hit == null) {
                continue;
            }
            int[] c = cost(t, i, j);
            int cost = c[0];
            int reach = lone(t, i) || reached && j < i ? LONE_REACH : EVENT_REACH;
            switch (hit.strength()) {
                case EVENT -> {
                    // on equal cost the word after the number wins: "one dead and three injured"
                    if ((cost < eventCost || cost == eventCost && j > i) && cost <= reach) {
                        eventCost = cost;
                        event = new Choice(hit.measure(), hit.strength(), j);
                        eventCrossesClause = c[1] == 1;
                    }
                }
                case GROUP -> {
                    if (j > i && cost < groupCost && cost <= GROUP_REACH) {
                        groupCost = cost;
                        group = new Choice(hit.measure(), hit.strength(), j);
                    }
                }
                case WEAK -> {
                    if (j > i && cost < weakCost && cost <= GROUP_REACH
                            || j < i && cost <= WEAK_BEFORE && cost < weakCost) {
                        weakCost = cost;
                        weak = new Choice(hit.measure(), hit.strength(), j);
                    }
                }
            }
        }
        boolean groupAttached = group != null && group.word() > i && groupCost <= 2;
        boolean weakAttached = weak != null && weak.word() > i && weakCost <= 3;
        if (event != null && eitherOf(t, event)) {
            return null;
        }
        if (event != null && !(eventCrossesClause && (groupAttached || weakAttached))) {
            return event;
        }
        return group != null ? group : weak;
    }

    /**
     * "hurt or killed", "killed or injured": the event word is one of two events joined by "or", so the
     * number counts both together and neither alone.
     */
    private boolean eitherOf(List<Token> t, Choice event) {
        int j = event.word();
        return otherEventAt(t, j - 2, event.measure())
                        && t.get(j - 1).isWord()
                        && disjunctions.contains(t.get(j - 1).lower())
                || otherEventAt(t, j + 2, event.measure())
                        && t.get(j + 1).isWord()
                        && disjunctions.contains(t.get(j + 1).lower());
    }

    private boolean otherEventAt(List<Token> t, int j, String measure) {
        if (j < 0 || j >= t.size() || !t.get(j).isWord()) {
            return false;
        }
        Entry e = w.event(t.get(j).lower());
        return e != null && e.strength() == Strength.EVENT && !e.measure().equals(measure);
    }

    /**
     * Whether the quantity at i follows a verb that gives a total's new level ("the toll from the
     * collapse of the dam in the south rose to 27"): the event word opening the clause may stand far back.
     */
    private boolean reachedLead(List<Token> t, int i) {
        for (String lead : reachedLeads) {
            String[] words = PhraseWords.of(lead);
            if (PhraseWords.matchesAt(t, i - words.length, words)) {
                return true;
            }
        }
        return false;
    }

    /** True when the quantity is the only one in its sentence, so a farther event word may still be its own. */
    private static boolean lone(List<Token> t, int i) {
        for (int k = 0; k < t.size(); k++) {
            if (k != i && t.get(k).isQuantity()) {
                return false;
            }
        }
        return true;
    }

    private Entry hit(String word, boolean militaryContext) {
        if (personnel.contains(word)) {
            return militaryContext ? new Entry(word, false, "troops", Strength.GROUP) : null;
        }
        return w.event(word);
    }

    /** A multi-word event entry ("are free", "taken into custody") whose last word is token j. */
    private Entry phraseEndingAt(List<Token> t, int j) {
        for (Entry e : w.events) {
            if (!e.stem().contains(" ")) {
                continue;
            }
            String[] words = PhraseWords.of(e.stem());
            if (PhraseWords.matchesAt(t, j - words.length + 1, words)) {
                return e;
            }
        }
        return null;
    }

    private boolean militaryContext(List<Token> t) {
        for (Token x : t) {
            if (x.isWord() && military.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the quantity at k opens or closes an aside that counts a part of the number before it
     * (", six of them children," / ", dont six enfants,"): passing it costs a word, not a number.
     */
    private boolean partOfAside(List<Token> t, int k) {
        for (String p : w.including) {
            String[] words = PhraseWords.of(p);
            if (k > 0 && t.get(k - 1).is(",") && PhraseWords.matchesAt(t, k + 1, words)) {
                return true;
            }
            int start = k - words.length;
            if (start > 0 && t.get(start - 1).is(",") && PhraseWords.matchesAt(t, start, words)) {
                return true;
            }
        }
        return false;
    }

    /** Cost of reaching word j from quantity i, and 1 when a clause break or conjunction lies between. */
    int[] cost(List<Token> t, int i, int j) {
        int from = Math.min(i, j) + 1;
        int to = Math.max(i, j);
        int cost = j < i ? 2 : 1;
        int clause = 0;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String s = x.lower();
            if (x.isQuantity()) {
                cost += partOfAside(t, k) ? 1 : 8;
            } else if (x.isWord()) {
                cost += conjunctions.contains(s) ? 2 : 1;
                clause |= conjunctions.contains(s) ? 1 : 0;
            } else if (s.equals(",")) {
                // a comma behind the number mostly closes the clause before it: "Eleven houses were destroyed,
                // some 1,200 people had to leave their homes"
                cost += j < i ? 1 + BACK_COMMA : 1;
                clause = 1;
            } else if (PhraseWords.isOneOf(s, ";:()[]—–")) {
                cost += 4;
                clause = 1;
            }
        }
        return new int[] {cost, clause};
    }
}
