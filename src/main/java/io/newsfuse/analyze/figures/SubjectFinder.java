package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Figure.Measure;
import io.newsfuse.analyze.Mention;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what or where a figure is about: a group of people named with the number ("16 police officers
 * were killed" is about security forces, not the whole toll), or else a place named with a preposition
 * in the same clause ("103 in Almaty", "2,500 soldiers to Kazakhstan").
 */
final class SubjectFinder {
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("police", "security forces"),
            Map.entry("policemen", "security forces"),
            Map.entry("policewomen", "security forces"),
            Map.entry("officers", "security forces"),
            Map.entry("cops", "security forces"),
            Map.entry("security", "security forces"),
            Map.entry("guards", "security forces"),
            Map.entry("guardsmen", "security forces"),
            Map.entry("gendarmes", "security forces"),
            Map.entry("servicemen", "security forces"),
            Map.entry("soldiers", "security forces"),
            Map.entry("troops", "security forces"),
            Map.entry("law-enforcement", "security forces"),
            Map.entry("personnel", "security forces"),
            Map.entry("servicemembers", "security forces"),
            Map.entry("militiamen", "security forces"),
            Map.entry("civilians", "civilians"),
            Map.entry("children", "children"),
            Map.entry("kids", "children"),
            Map.entry("minors", "children"),
            Map.entry("students", "students"),
            Map.entry("protesters", "protesters"),
            Map.entry("demonstrators", "protesters"),
            Map.entry("protestors", "protesters"),
            Map.entry("foreigners", "foreigners"),
            Map.entry("tourists", "foreigners"),
            Map.entry("journalists", "journalists"),
            Map.entry("firefighters", "rescuers"),
            Map.entry("rescuers", "rescuers"),
            Map.entry("militants", "militants"),
            Map.entry("attackers", "militants"),
            Map.entry("gunmen", "militants"),
            Map.entry("terrorists", "militants"));
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "at", "near", "to", "into", "across", "throughout", "outside", "inside", "on", "within", "around");
    private static final int GROUP_REACH = 6;
    private static final int AFTER_REACH = 12;
    private static final int BEFORE_REACH = 6;

    private SubjectFinder() {}

    /** The subject of the quantity at index i, or null. */
    static String find(
            List<Token> t, int i, Measure measure, int measureWord, List<Mention> places, int sentenceBegin) {
        String group = group(t, i, measure, measureWord);
        if (group != null) {
            return group;
        }
        return place(t, i, places, sentenceBegin);
    }

    private static String group(List<Token> t, int i, Measure measure, int measureWord) {
        int stop = measureWord > i ? measureWord : Math.min(t.size(), i + GROUP_REACH);
        for (int j = i + 1; j < stop && j <= i + GROUP_REACH; j++) {
            Token w = t.get(j);
            if (w.isQuantity() || w.text().matches("[.;:()]")) {
                break;
            }
            String g = GROUPS.get(w.lower());
            if (g == null
                    || (measure == Measure.TROOPS && g.equals("security forces"))
                    || (measure == Measure.PROTESTERS && g.equals("protesters"))) {
                continue;
            }
            return g;
        }
        return null;
    }

    private static String place(List<Token> t, int i, List<Mention> places, int sentenceBegin) {
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
        return best == null ? null : "in " + best.text();
    }

    private static boolean placeAfter(List<Token> t, int i, int mentionBegin) {
        boolean preposition = false;
        for (int j = i + 1, n = 0; j < t.size() && n <= AFTER_REACH; j++, n++) {
            Token w = t.get(j);
            if (w.begin() >= mentionBegin) {
                return preposition;
            }
            if (w.isQuantity() || w.text().matches("[;:()]") || w.is("and") && n > 3) {
                return false;
            }
            if (w.isWord() && PREPOSITIONS.contains(w.lower())) {
                preposition = true;
            }
        }
        return false;
    }

    private static boolean placeBefore(List<Token> t, int i, int mentionBegin, int mentionEnd) {
        int first = -1;
        for (int j = 0; j < i; j++) {
            if (t.get(j).begin() >= mentionBegin && first < 0) {
                first = j;
            }
        }
        if (first <= 0
                || !PREPOSITIONS.contains(t.get(first - 1).lower())
                || t.get(first - 1).is("to")) {
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
