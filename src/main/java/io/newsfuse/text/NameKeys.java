package io.newsfuse.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spelling-independent keys for the words of a name, for every stage that compares names across
 * outlets and transliteration systems (clustering, entity resolution): "Echeverría", "Echeverria" and
 * "Echeverriya" give one key; "Zhomart", "Jomart" and "Shomart" too.
 *
 * <p>The skeleton of a folded (see {@link Folding}) token is built by, in order:
 * <ul>
 *   <li>sibilants written many ways become "j": dzh, dj, zh, sh (after sch→sh) — Zhaparov/Japarov;</li>
 *   <li>kh→h, ph→f, ck→k, q→k, w→v, x→ks (so ks/x agree), y→i (Sadyr/Sadir);</li>
 *   <li>j before a vowel reads as i (German and Slavic "ja", "jo");</li>
 *   <li>doubled letters become single (Kassym/Kasim);</li>
 *   <li>in tokens of 7 or more letters a final "o" becomes "a" (Lukashenko/Lukashenka).</li>
 * </ul>
 */
public final class NameKeys {
    private static final java.util.regex.Pattern J_BEFORE_VOWEL = java.util.regex.Pattern.compile("j(?=[aeiou])");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s\\b");

    private NameKeys() {}

    /** Skeletons already made, per folded token: the same names recur in every story of a store. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> SKELETONS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(100_000)
                    .build();

    /** The skeleton of a folded token. */
    public static String skeleton(String folded) {
        return SKELETONS.get(folded, NameKeys::skeletonOf);
    }

    private static String skeletonOf(String folded) {
        String s = folded.replace("sch", "sh")
                .replace("tch", "ch")
                .replace("dzh", "j")
                .replace("dj", "j")
                .replace("zh", "j")
                .replace("sh", "j")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("ck", "k")
                .replace('q', 'k')
                .replace('w', 'v')
                .replace("x", "ks")
                .replace('y', 'i');
        s = J_BEFORE_VOWEL.matcher(s).replaceAll("i");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        if (sb.length() >= 7 && sb.charAt(sb.length() - 1) == 'o') {
            sb.setCharAt(sb.length() - 1, 'a');
        }
        return sb.toString();
    }

    /** The skeleton of every word of at least {@code minLength} letters in a name, possessives dropped. */
    public static Set<String> of(String name, int minLength) {
        Set<String> out = new LinkedHashSet<>();
        for (String token : Folding.words(POSSESSIVE.matcher(Folding.fold(name)).replaceAll(""))) {
            if (token.length() >= minLength) {
                out.add(skeleton(token));
            }
        }
        return out;
    }
}
