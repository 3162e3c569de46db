package io.newsfuse.text;

import java.util.List;

/**
 * Whether a short form of a person's name can stand for a longer one written in the same article:
 * the same surname, and every given name or initial of the short form found, in order, in the long
 * one ("Lind" and "A. Lind" fit "Ana Lind"; "D. Lind" does not). Keeps two namesakes of one article
 * apart when a speaker is named by surname or initial only, within an article and across a story.
 */
public final class PersonNames {
    private PersonNames() {}

    /** Whether {@code shortForm} ("A. Lind", "Lind") can name the person written {@code longForm}. */
    public static boolean compatible(String shortForm, String longForm) {
        List<String> a = Folding.words(shortForm);
        List<String> b = Folding.words(longForm);
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        boolean[] initials = initials(shortForm, a.size());
        int at = 0;
        for (int i = 0; i < a.size() - 1; i++) {
            String given = a.get(i);
            boolean matched = false;
            while (at < b.size() - 1 && !matched) {
                String token = b.get(at++);
                matched = initials[i] ? token.startsWith(given) : token.equals(given);
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /** Which words of the written form are abbreviated ("Ts.", "D."): one or two letters, or a dot after. */
    private static boolean[] initials(String written, int count) {
        boolean[] out = new boolean[count];
        String[] raw = written.trim().split("[\\s\\-]+");
        for (int i = 0; i < Math.min(raw.length, count); i++) {
            String w = raw[i];
            out[i] = w.endsWith(".") || w.replaceAll("[^\\p{L}]", "").length() <= 2;
        }
        return out;
    }
}
