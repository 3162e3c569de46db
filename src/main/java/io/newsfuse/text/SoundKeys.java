package io.newsfuse.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two folded name tokens (see {@link Folding}) are one name written in two transliteration
 * systems: "Mashhad" / "Meschhed", "Khosravi" / "Josraví" / "Chosrawi", "Farahzad" / "Farakhzad",
 * "Dehghani" / "Dehqani" / "Dekhgani", "Mohammed" / "Muhammad", "Hosein" / "Hussein", "Batbayar" /
 * "Batbajar", "Saruul" / "Saroul", "Moussaoui" / "Musawi", while "Maria" / "Mario", "Petrov" / "Petrova", "Hasan" / "Hussein",
 * "Sudan" / "Sidon" and "Niger" / "Nigeria" stay apart.
 *
 * <p>A token is read as consonants and vowel groups. Consonants fall into the classes that
 * transliteration systems exchange: every sibilant (s, z, sh, sch, zh, ç, soft c) is one class; k, q,
 * hard c, g and gh are one class; v and w one; "h" is dropped. Letters whose sound differs by system
 * give alternatives: French "ou" before a vowel is a vowel or a "w"; "j" is a sibilant (English, French) or a glide/"kh" that vanishes (German,
 * Spanish); "ch" a sibilant, a velar or nothing; "kh" a velar or nothing; "x" a sibilant or "ks"; a
 * "g" opening a word a velar or nothing, since Russian writes a foreign "h" as "g" ("Guseynov" /
 * "Huseynov"); "b" and "d" before a voiceless consonant also their voiceless pair, as systems that
 * write the sound spell them ("Apsheron" / "Absheron"); a final "v" also "f" ("Nazarov" / "Nazaroff"); an
 * opening "i" or "y" before a vowel a vowel or a glide no system writes alike ("Yusupova" /
 * "Ioussoupova" / "Jusupova"). Two
 * tokens match when some alternatives have the same consonants and their vowel groups agree: same
 * number of groups and the same class at each (a | e, i, y | o, u), where long names (three or more
 * consonants) also let "e" stand for "a" and, with four or more, one group differ. A word of one
 * consonant needs the same vowels ("Ag" / "Agh"); one without consonants must be folded alike. Beider–Morse (commons-codec) was tried for this and
 * joins "Maria" / "Mario" and "Petrov" / "Petrova" while missing "Mashhad" / "Meshed", so the classes
 * are written out here, as data-free rules over letters.
 */
public final class SoundKeys {
    /** More alternatives than this are cut: a name is not spelled that many ways. */
    private static final int MAX_ALTERNATIVES = 32;

    private SoundKeys() {}

    /**
     * One reading of a token: its consonant classes, the class of each vowel group's first letter,
     * whether it starts with a vowel, and the class of its final vowel (0 when it ends in a consonant).
     */
    record Reading(String consonants, String vowels, boolean vowelFirst, char finalVowel) {}

    /** Whether two folded tokens are spellings of one name. */
    public static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (Reading x : readings(a)) {
            for (Reading y : readings(b)) {
                if (agree(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean agree(Reading x, Reading y) {
        if (!x.consonants.equals(y.consonants)
                || x.consonants.isEmpty()
                || x.consonants.length() < 2 && !x.vowels.equals(y.vowels)
                || x.vowelFirst != y.vowelFirst
                || x.finalVowel != y.finalVowel
                || x.vowels.length() != y.vowels.length()) {
            return false;
        }
        int n = x.consonants.length();
        int misses = 0;
        for (int i = 0; i < x.vowels.length(); i++) {
            char p = x.vowels.charAt(i);
            char q = y.vowels.charAt(i);
            if (p == q || n >= 3 && (p == 'a' && q == 'e' || p == 'e' && q == 'a')) {
                continue;
            }
            boolean last = i == x.vowels.length() - 1 && x.finalVowel != 0;
            if (n >= 4 && !last && ++misses <= 1) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Readings already made, per folded token: the same names recur in every story of a store. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Set<Reading>> READINGS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(100_000)
                    .build();

    /** The readings of a folded token, one for each alternative of its ambiguous letters. */
    static Set<Reading> readings(String token) {
        return READINGS.get(token, SoundKeys::read);
    }

    private static Set<Reading> read(String token) {
        List<Partial> partials = new ArrayList<>(List.of(new Partial("", "", false, false, (char) 0, false)));
        for (String[] choices : units(token)) {
            List<Partial> next = new ArrayList<>();
            for (Partial p : partials) {
                for (String choice : choices) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(p.then(choice));
                    }
                }
            }
            partials = next;
        }
        Set<Reading> out = new LinkedHashSet<>();
        for (Partial p : partials) {
            out.add(new Reading(p.consonants, p.vowels, p.vowelFirst, p.finalVowel));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** A reading under construction; a silent unit ("") changes nothing, so vowels around it join. */
    private record Partial(
            String consonants, String vowels, boolean inVowels, boolean vowelFirst, char finalVowel, boolean started) {
        Partial then(String unit) {
            if (unit.isEmpty()) {
                return this;
            }
            if (unit.length() == 1 && isVowelClass(unit.charAt(0))) {
                return new Partial(
                        consonants,
                        inVowels ? vowels : vowels + unit,
                        true,
                        started ? vowelFirst : true,
                        unit.charAt(0),
                        true);
            }
            return new Partial(consonants + unit, vowels, false, vowelFirst, (char) 0, true);
        }
    }

    private static boolean isVowelClass(char c) {
        return c == 'a' || c == 'e' || c == 'o';
    }

    /**
     * The token as sound units, each the alternatives it may stand for: "a" (a), "e" (e, i, y), "o"
     * (o, u) for vowels, consonant classes otherwise, "" for a sound that some systems do not write.
     */
    private static List<String[]> units(String token) {
        String t = collapseDoubles(token);
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            boolean vowelNext = next != 0 && "aeiouy".indexOf(next) >= 0;
            boolean voicelessNext = next != 0 && "cfkpqstx".indexOf(next) >= 0;
            if (t.startsWith("tsch", i)) {
                out.add(new String[] {"ts"});
                i += 4;
            } else if (t.startsWith("dsch", i) || t.startsWith("dzh", i)) {
                out.add(new String[] {"s"});
                i += t.startsWith("dzh", i) ? 3 : 4;
            } else if (t.startsWith("sch", i)) {
                out.add(new String[] {"s"});
                i += 3;
            } else if (t.startsWith("dj", i) || t.startsWith("zh", i) || t.startsWith("sh", i)) {
                out.add(new String[] {"s"});
                i += 2;
            } else if (t.startsWith("ch", i)) {
                out.add(new String[] {"s", "", "k"});
                i += 2;
            } else if (t.startsWith("kh", i)) {
                out.add(new String[] {"", "k"});
                i += 2;
            } else if (t.startsWith("gh", i) || t.startsWith("ck", i)) {
                out.add(new String[] {"k"});
                i += 2;
            } else if (t.startsWith("ph", i)) {
                out.add(new String[] {"f"});
                i += 2;
            } else if (t.startsWith("th", i)) {
                out.add(new String[] {"t"});
                i += 2;
            } else if (i > 0 && t.startsWith("ou", i) && i + 2 < t.length() && "aeiy".indexOf(t.charAt(i + 2)) >= 0) {
                // French writes a "w" before a vowel as "ou": "Moussaoui" / "Musawi", "Khalouane" / "Khalwan"
                out.add(new String[] {"o", "v"});
                i += 2;
            } else {
                out.add(
                        switch (c) {
                            case 'a' -> new String[] {"a"};
                            case 'e' -> new String[] {"e"};
                            case 'i' -> i == 0 && vowelNext ? new String[] {"e", ""} : new String[] {"e"};
                            case 'o', 'u' -> new String[] {"o"};
                            case 'y' ->
                                !vowelNext ? new String[] {"e"} : i > 0 ? new String[] {""} : new String[] {"e", ""};
                            case 'j' -> new String[] {"s", ""};
                            case 'h' -> new String[] {""};
                            case 's', 'z' -> new String[] {"s"};
                            case 'c' ->
                                next == 'e' || next == 'i' || next == 'y' ? new String[] {"s"} : new String[] {"k"};
                            case 'g' -> i == 0 && vowelNext ? new String[] {"k", ""} : new String[] {"k"};
                            case 'k', 'q' -> new String[] {"k"};
                            case 'b' -> voicelessNext ? new String[] {"b", "p"} : new String[] {"b"};
                            case 'd' -> voicelessNext ? new String[] {"d", "t"} : new String[] {"d"};
                            case 'w', 'v' -> next == 0 ? new String[] {"v", "f"} : new String[] {"v"};
                            case 'x' -> new String[] {"s", "ks"};
                            default -> new String[] {String.valueOf(c)};
                        });
                i++;
            }
        }
        return out;
    }

    private static String collapseDoubles(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
