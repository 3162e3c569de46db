package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.text.Folding;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares figure subjects. A place that is the story's own scene (the place the articles name most)
 * counts as no subject, so "arrested in Kazakhstan" joins the national "arrested" in a Kazakhstan story,
 * while "killed in Almaty" stays apart. Places match when one name holds the other's words ("South
 * Chicago" and "Chicago") or they differ by one letter in transliteration ("Almaty", "Almatí").
 */
final class Subjects {
    private final String scene;

    private Subjects(String scene) {
        this.scene = scene;
    }

    /** Subjects for a story, its scene taken from the place named in most of its articles. */
    static Subjects of(List<AnalyzedArticle> articles) {
        Map<String, Set<String>> byArticle = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (Mention m : a.mentions()) {
                if (m.type() == EntityType.LOCATION) {
                    String n = normalize(m.text());
                    byArticle.computeIfAbsent(n, k -> new HashSet<>()).add(a.id());
                    counts.merge(n, 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (String n : byArticle.keySet()) {
            if (best == null
                    || rank(n, byArticle, counts) > rank(best, byArticle, counts)
                    || rank(n, byArticle, counts) == rank(best, byArticle, counts) && n.compareTo(best) < 0) {
                best = n;
            }
        }
        return new Subjects(best);
    }

    private static long rank(String n, Map<String, Set<String>> byArticle, Map<String, Integer> counts) {
        return byArticle.get(n).size() * 100_000L + counts.get(n);
    }

    /** The comparison key of a subject as printed: null for none or the scene, "@place" for places. */
    String key(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String s = subject.strip();
        if (s.regionMatches(true, 0, "in ", 0, 3)) {
            String place = normalize(s.substring(3));
            return scene != null && samePlace(place, scene) ? null : "@" + place;
        }
        return normalize(s);
    }

    /** True when two keys name the same thing. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.startsWith("@") && b.startsWith("@")) {
            return samePlace(a.substring(1), b.substring(1));
        }
        return a.equals(b);
    }

    static boolean samePlace(String a, String b) {
        if (a.equals(b) || close(a, b)) {
            return true;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(a.split("[\\s\\-]+")));
        Set<String> wb = new HashSet<>(Arrays.asList(b.split("[\\s\\-]+")));
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    private static boolean close(String a, String b) {
        int limit = Math.min(a.length(), b.length()) >= 8 ? 2 : Math.min(a.length(), b.length()) >= 5 ? 1 : 0;
        if (Math.abs(a.length() - b.length()) > limit) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= limit;
    }

    static String normalize(String s) {
        String n = Folding.fold(s)
                .replaceAll("'s\b", "")
                .replaceAll("[^\\p{L}\\p{N}\\s\\-]", " ")
                .replaceAll("^the\\s+", "")
                .replaceAll("\\s+", " ")
                .strip();
        return n;
    }
}
