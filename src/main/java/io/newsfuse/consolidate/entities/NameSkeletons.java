package io.newsfuse.consolidate.entities;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling-independent keys for the words of a name, for stages that compare articles by the names
 * they share (story clustering): "Echeverría", "Echeverria" and "Echeverriya" give one key.
 */
public final class NameSkeletons {
    private NameSkeletons() {}

    /** The skeleton of every word of at least {@code minLength} letters in a name. */
    public static Set<String> of(String name, int minLength) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "");
        Set<String> out = new LinkedHashSet<>();
        for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= minLength) {
                out.add(Transliteration.skeleton(token));
            }
        }
        return out;
    }
}
