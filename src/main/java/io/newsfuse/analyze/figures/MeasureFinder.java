package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.Figure.Measure;
import java.util.List;
import java.util.Set;

/**
 * Picks what a number counts from the measure words of its sentence, by their distance to the number.
 * Distance counts words; commas add one, stronger breaks (";", ":", dashes, brackets) add four, a
 * conjunction adds two, and passing another number adds eight, so in "164 dead and 2,000 injured" each
 * number keeps its own word. A word before the number costs one more than one after it.
 */
final class MeasureFinder {
    private static final int EVENT_REACH = 10;
    private static final int GROUP_REACH = 6;
    private static final int LONE_REACH = 16;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "while", "whereas", "plus");
    private static final Set<String> MILITARY = Set.of(
            "military",
            "army",
            "troops",
            "defence",
            "defense",
            "armed",
            "forces",
            "peacekeeping",
            "peacekeepers",
            "deployed",
            "deployment");

    /** The measure chosen and the word that fixed it. */
    record Choice(Measure measure, MeasureWords.Strength strength, int word) {}

    private MeasureFinder() {}

    /** The measure of the quantity at index i, or null when no measure word is near enough. */
    static Choice find(List<Token> t, int i) {
        Choice event = null;
        int eventCost = Integer.MAX_VALUE;
        boolean eventCrossesClause = false;
        Choice group = null;
        int groupCost = Integer.MAX_VALUE;
        Choice weak = null;
        int weakCost = Integer.MAX_VALUE;
        boolean military = militaryContext(t);
        for (int j = 0; j < t.size(); j++) {
            if (j == i || !t.get(j).isWord()) {
                continue;
            }
            MeasureWords.Hit hit = hit(t.get(j).lower(), military);
            if (hit == null) {
                continue;
            }
            int[] c = cost(t, i, j);
            int cost = c[0];
            int reach = lone(t, i) ? LONE_REACH : EVENT_REACH;
            switch (hit.strength()) {
                case EVENT -> {
                    if (cost < eventCost && cost <= reach) {
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
                    if (j > i && cost < weakCost && cost <= GROUP_REACH || j < i && cost <= 2 && cost < weakCost) {
                        weakCost = cost;
                        weak = new Choice(hit.measure(), hit.strength(), j);
                    }
                }
            }
        }
        boolean groupAttached = group != null && group.word() > i && groupCost <= 2;
        boolean weakAttached = weak != null && weak.word() > i && weakCost <= 3;
        if (event != null && !(eventCrossesClause && (groupAttached || weakAttached))) {
            return event;
        }
        if (groupAttached || weak == null) {
            return group != null ? group : weak;
        }
        return group != null ? group : weak;
    }

    /** True when the quantity is the only one in its sentence, so a farther measure word may still be its own. */
    private static boolean lone(List<Token> t, int i) {
        for (int k = 0; k < t.size(); k++) {
            if (k != i && t.get(k).isQuantity()) {
                return false;
            }
        }
        return true;
    }

    private static MeasureWords.Hit hit(String w, boolean military) {
        if (w.equals("personnel")) {
            return military ? new MeasureWords.Hit(Measure.TROOPS, MeasureWords.Strength.GROUP) : null;
        }
        return MeasureWords.of(w);
    }

    private static boolean militaryContext(List<Token> t) {
        for (Token w : t) {
            if (w.isWord() && MILITARY.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Cost of reaching word j from quantity i, and 1 when a clause break or conjunction lies between. */
    static int[] cost(List<Token> t, int i, int j) {
        int from = Math.min(i, j) + 1;
        int to = Math.max(i, j);
        int cost = j < i ? 2 : 1;
        int clause = 0;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String s = x.lower();
            if (x.isQuantity()) {
                cost += 8;
            } else if (x.isWord()) {
                cost += CONJUNCTIONS.contains(s) ? 2 : 1;
                clause |= CONJUNCTIONS.contains(s) ? 1 : 0;
            } else if (s.equals(",")) {
                cost += 1;
                clause = 1;
            } else if (s.matches("[;:()\\[\\]—–]")) {
                cost += 4;
                clause = 1;
            }
        }
        return new int[] {cost, clause};
    }
}
