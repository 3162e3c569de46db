package io.newsfuse.consolidate.quotes;

import io.newsfuse.text.Folding;
import io.newsfuse.text.PersonNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives one name to a speaker whom the articles of a story name in shorter or run-on forms that entity
 * resolution left apart: "D. Lind" or "Lind" is "Dora Lind" when she is the only speaker of the story
 * that form fits (never when two namesakes fit), and "Office Dora Lind", a recogniser's merge of a
 * word before the name, is "Dora Lind". Pure.
 */
final class StorySpeakers {
    private StorySpeakers() {}

    /** Each speaker name mapped to the name the story should use for it (itself when nothing fits). */
    static Map<String, String> unify(Collection<String> speakers) {
        Set<String> names = new LinkedHashSet<>(speakers);
        Map<String, String> out = new HashMap<>();
        for (String name : names) {
            out.put(name, name);
        }
        for (String name : names) {
            String shorter = properTail(name, names);
            if (shorter != null) {
                out.put(name, shorter);
            }
        }
        for (String name : names) {
            if (!out.get(name).equals(name)) {
                continue;
            }
            List<String> fuller = new ArrayList<>();
            for (String other : names) {
                if (other.length() > name.length()
                        && out.get(other).equals(other)
                        && PersonNames.compatible(name, other)) {
                    fuller.add(other);
                }
            }
            fuller.sort(java.util.Comparator.comparingInt(String::length));
            boolean onePerson = true;
            for (int i = 0; i < fuller.size() && onePerson; i++) {
                for (int j = i + 1; j < fuller.size() && onePerson; j++) {
                    onePerson = PersonNames.compatible(fuller.get(i), fuller.get(j));
                }
            }
            if (!fuller.isEmpty() && onePerson) {
                out.put(name, fuller.get(fuller.size() - 1));
            }
        }
        return out;
    }
    /** A speaker name of two words or more that this longer name ends with, the longest; null if none. */
    private static String properTail(String name, Set<String> names) {
        List<String> words = Folding.words(name);
        String best = null;
        for (String other : names) {
            List<String> tail = Folding.words(other);
            if (tail.size() >= 2
                    && tail.size() < words.size()
                    && words.subList(words.size() - tail.size(), words.size()).equals(tail)
                    && (best == null || other.length() > best.length())) {
                best = other;
            }
        }
        return best;
    }
}
