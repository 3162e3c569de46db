package io.newsfuse.consolidate.entities;

import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as written into the forms the resolver compares: a cleaned display form (what a reader
 * would call the name: no possessive, no leading title) and folded tokens (no accents, case, hyphens,
 * apostrophes or middle initials). Generic words only; no list of particular names.
 */
final class NameText {
    /** Titles and honorifics dropped when they lead a person's name. */
    private static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "vice",
            "prime",
            "minister",
            "premier",
            "chancellor",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "gov",
            "governor",
            "mayor",
            "judge",
            "justice",
            "gen",
            "general",
            "col",
            "colonel",
            "maj",
            "major",
            "capt",
            "captain",
            "lt",
            "lieutenant",
            "sgt",
            "sergeant",
            "adm",
            "admiral",
            "cmdr",
            "commander",
            "rev",
            "reverend",
            "father",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "emir",
            "pope",
            "ayatollah",
            "imam",
            "rabbi",
            "chief",
            "deputy",
            "secretary",
            "ambassador",
            "commissioner",
            "inspector",
            "detective",
            "speaker",
            "chairman",
            "chairwoman",
            "señor",
            "senor",
            "sr",
            "sra",
            "srta",
            "don",
            "doña",
            "dona",
            "herr",
            "frau",
            "monsieur",
            "madame",
            "mme",
            "mlle",
            "former",
            "late",
            "acting",
            "interim");
    /** Function words skipped when reading initials or comparing organisation names. */
    private static final Set<String> STOPWORDS = Set.of(
            "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "della", "la", "le", "les",
            "los", "las", "el", "des", "du", "da", "do", "dos", "das", "y", "e", "et", "und", "der", "die", "di", "van",
            "von");

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]$");
    private static final Pattern EDGE_JUNK = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The Arabic article joined to a word ("al-Misnad", "El-Misnad"), which writers keep or drop. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(^|[^\\p{L}])(?:al|el)-(?=\\p{L}{3})");

    private NameText() {}

    /**
     * The name as a reader would cite it: surrounding punctuation, possessive ending, a leading article
     * and (for people) leading titles removed. Returns the offset range of that part within {@code raw}.
     */
    static Cleaned clean(String raw, boolean person) {
        if (raw == null) {
            return new Cleaned("", 0, 0);
        }
        int begin = 0;
        int end = raw.length();
        boolean changed = true;
        while (changed && begin < end) {
            changed = false;
            String cur = raw.substring(begin, end);
            var edge = EDGE_JUNK.matcher(cur);
            if (edge.find() && edge.start() == 0 && edge.end() > 0) {
                begin += edge.end();
                changed = true;
                continue;
            }
            var poss = POSSESSIVE.matcher(cur);
            if (poss.find() && poss.start() > 0) {
                end = begin + poss.start();
                changed = true;
                continue;
            }
            String trailing = trailingJunk(cur);
            if (!trailing.isEmpty()) {
                end -= trailing.length();
                changed = true;
                continue;
            }
            int firstSpace = firstSpace(cur);
            if (firstSpace > 0) {
                String first = fold(cur.substring(0, firstSpace)).replace(".", "");
                boolean article = first.equals("the");
                if (article || person && HONORIFICS.contains(first)) {
                    int next = firstSpace;
                    while (next < cur.length() && Character.isWhitespace(cur.charAt(next))) {
                        next++;
                    }
                    begin += next;
                    changed = true;
                }
            }
        }
        String s = begin < end ? raw.substring(begin, end) : "";
        return new Cleaned(SPACES.matcher(s).replaceAll(" "), begin, Math.max(begin, end));
    }

    private static String trailingJunk(String s) {
        int i = s.length();
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (Character.isLetterOrDigit(c)) {
                break;
            }
            if (c == '.'
                    && i >= 2
                    && Character.isUpperCase(s.charAt(i - 2))
                    && (i == 2 || !Character.isLetter(s.charAt(i - 3)))) {
                break; // keeps the dot of a final initial ("Jr." is rare; "V." is common)
            }
            i--;
        }
        return s.substring(i);
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, accents removed (NFKD), apostrophes dropped. */
    static String fold(String s) {
        return Folding.foldNoApostrophes(s);
    }

    /**
     * Folded tokens of a cleaned name: hyphens and spaces both separate tokens; the Arabic article
     * joined by a hyphen ("al-", "el-") is dropped; for people, single
     * letters between the first and last token (middle initials) are dropped.
     */
    static List<String> tokens(String display, boolean person) {
        List<String> out = new ArrayList<>();
        String folded = ARABIC_ARTICLE.matcher(fold(display)).replaceAll("$1");
        for (String t : SEPARATORS.split(folded)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (person && out.size() >= 3) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (i == 0 || i == out.size() - 1 || out.get(i).length() > 1) {
                    kept.add(out.get(i));
                }
            }
            return kept;
        }
        return out;
    }

    /** Tokens that are not function words ("of", "the", "and", ...). */
    static List<String> contentTokens(List<String> tokens) {
        return tokens.stream().filter(t -> !STOPWORDS.contains(t)).toList();
    }

    /** Whether a folded word (full stop dropped) is a title or honorific ("mr", "dr", "prof"). */
    static boolean isHonorific(String folded) {
        return HONORIFICS.contains(folded.replace(".", ""));
    }

    static boolean isStopword(String word) {
        return STOPWORDS.contains(fold(word));
    }

    /** Upper-case initials of the content words of a name as written ("Bank of the North" gives "BN"). */
    static String initials(String display) {
        StringBuilder sb = new StringBuilder();
        for (String word : SPACES.split(display.trim())) {
            if (word.isEmpty() || STOPWORDS.contains(fold(word))) {
                continue;
            }
            int cp = word.codePointAt(0);
            if (Character.isLetter(cp)) {
                sb.append(fold(new String(Character.toChars(cp))).toUpperCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Words of a name as written, initials ("V.") not counted. */
    static int wordCount(String display) {
        int n = 0;
        for (String word : SPACES.split(display.trim())) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() > 1 && !STOPWORDS.contains(fold(word))) {
                n++;
            }
        }
        return n;
    }

    /** An acronym as written: 2 to 8 characters, letters (and digits) only, every letter upper case. */
    static boolean isAcronym(String word) {
        if (word == null || word.length() < 2 || word.length() > 8) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a cleaned mention is junk rather than a name: empty, a single character, no letter at all
     * (numbers), no capital letter (ordinary lower-case words), or only function words ("The").
     */
    static boolean isJunk(String display) {
        if (display.length() < 2) {
            return true;
        }
        boolean letter = false;
        boolean upper = false;
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            letter |= Character.isLetter(c);
            upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        if (!letter || !upper || display.replaceAll("[^\\p{L}\\p{N}]", "").length() < 2) {
            return true;
        }
        return contentTokens(tokens(display, false)).isEmpty();
    }

    /** An elided article written onto a word ("l'Office", "d'Hérens"). */
    private static final java.util.regex.Pattern ELIDED_ARTICLE =
            java.util.regex.Pattern.compile("^[lLdD]['’](?=\\p{L})");

    /** How many characters of a word are an elided article written onto it ("l'armée": 2), else 0. */
    static int elidedArticleLength(String word) {
        java.util.regex.Matcher m = ELIDED_ARTICLE.matcher(word);
        return m.find() ? m.end() : 0;
    }

    /** Whether a word starts with a capital letter. */
    static boolean isCapitalized(String word) {
        return !word.isEmpty()
                && (Character.isUpperCase(word.codePointAt(0)) || Character.isTitleCase(word.codePointAt(0)));
    }

    /**
     * A cleaned name and where it sits inside the text it was cleaned from.
     *
     * @param text  the cleaned name, single-spaced
     * @param begin offset of its first character in the raw text
     * @param end   offset just past its last character in the raw text
     */
    record Cleaned(String text, int begin, int end) {}
}
