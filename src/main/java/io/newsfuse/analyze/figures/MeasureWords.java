package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.Figure.Measure;
import java.util.List;

/**
 * The words that say what a number counts, matched on lower-case word starts and ends so that
 * "killed", "killing" and "kills" all match "kill". Event words (killed, injured, arrested, missing,
 * displaced, evacuated) outrank group words (troops, protesters), which outrank weak words ("shot"),
 * so "a dozen soldiers were killed" counts the killed, and "2,500 soldiers were sent" counts troops.
 */
final class MeasureWords {

    /** How strongly a word fixes the measure. */
    enum Strength {
        EVENT,
        GROUP,
        WEAK
    }

    /** A measure a word signals. */
    record Hit(Measure measure, Strength strength) {}

    private record Entry(String stem, boolean exact, Measure measure, Strength strength) {
        boolean matches(String w) {
            return exact ? w.equals(stem) : w.startsWith(stem);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            prefix("kill", Measure.KILLED),
            exact("dead", Measure.KILLED),
            prefix("death", Measure.KILLED),
            exact("died", Measure.KILLED),
            exact("die", Measure.KILLED),
            exact("dies", Measure.KILLED),
            exact("dying", Measure.KILLED),
            prefix("fatalit", Measure.KILLED),
            prefix("fatal", Measure.KILLED),
            prefix("murder", Measure.KILLED),
            exact("slain", Measure.KILLED),
            prefix("perish", Measure.KILLED),
            exact("bodies", Measure.KILLED),
            exact("lives", Measure.KILLED),
            exact("toll", Measure.KILLED),
            prefix("massacre", Measure.KILLED),
            exact("lifeless", Measure.KILLED),
            prefix("injur", Measure.INJURED),
            prefix("wound", Measure.INJURED),
            exact("hurt", Measure.INJURED),
            prefix("hospitalis", Measure.INJURED),
            prefix("hospitaliz", Measure.INJURED),
            prefix("arrest", Measure.ARRESTED),
            prefix("detain", Measure.ARRESTED),
            prefix("detention", Measure.ARRESTED),
            exact("custody", Measure.ARRESTED),
            prefix("apprehend", Measure.ARRESTED),
            exact("jailed", Measure.ARRESTED),
            exact("missing", Measure.MISSING),
            exact("unaccounted", Measure.MISSING),
            prefix("displace", Measure.DISPLACED),
            exact("homeless", Measure.DISPLACED),
            exact("fled", Measure.DISPLACED),
            prefix("flee", Measure.DISPLACED),
            prefix("refugee", Measure.DISPLACED),
            prefix("uproot", Measure.DISPLACED),
            prefix("evacu", Measure.EVACUATED),
            group("troop", Measure.TROOPS),
            group("soldier", Measure.TROOPS),
            group("servicem", Measure.TROOPS),
            groupExact("military", Measure.TROOPS),
            group("peacekeep", Measure.TROOPS),
            groupExact("contingent", Measure.TROOPS),
            groupExact("marines", Measure.TROOPS),
            group("paratroop", Measure.TROOPS),
            groupExact("servicemembers", Measure.TROOPS),
            group("protester", Measure.PROTESTERS),
            group("protestor", Measure.PROTESTERS),
            group("demonstrator", Measure.PROTESTERS),
            groupExact("marchers", Measure.PROTESTERS),
            groupExact("strikers", Measure.PROTESTERS),
            groupExact("rioters", Measure.PROTESTERS),
            new Entry("shot", true, Measure.INJURED, Strength.WEAK),
            new Entry("stabbed", true, Measure.INJURED, Strength.WEAK),
            new Entry("hospital", true, Measure.INJURED, Strength.WEAK),
            new Entry("victims", true, Measure.INJURED, Strength.WEAK));

    /** Words that look like measure words but are not ("killer", "deadline"). */
    private static final List<String> NOT = List.of(
            "killer",
            "deadline",
            "deadlock",
            "deadly",
            "fatalis",
            "arrestor",
            "woundup",
            "evacuation-",
            "refugee-",
            "death-",
            "military-",
            "troopship");

    private MeasureWords() {}

    private static Entry prefix(String stem, Measure m) {
        return new Entry(stem, false, m, Strength.EVENT);
    }

    private static Entry exact(String stem, Measure m) {
        return new Entry(stem, true, m, Strength.EVENT);
    }

    private static Entry group(String stem, Measure m) {
        return new Entry(stem, false, m, Strength.GROUP);
    }

    private static Entry groupExact(String stem, Measure m) {
        return new Entry(stem, true, m, Strength.GROUP);
    }

    /** The measure a lower-case word signals, or null. */
    static Hit of(String w) {
        for (String n : NOT) {
            if (w.startsWith(n)) {
                return null;
            }
        }
        for (Entry e : ENTRIES) {
            if (e.matches(w)) {
                return new Hit(e.measure(), e.strength());
            }
        }
        return null;
    }
}
