package io.newsfuse.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent and case folding, the one way every stage compares words: compatibility decomposition
 * (NFKD), combining marks dropped, lower case, the Latin letters that do not decompose written out
 * ("ß" → "ss", "ø" → "o", "ł" → "l", "æ" → "ae", "ə" → "e"), and every apostrophe read as {@code '}. So
 * "Échevarría", "ECHEVARRIA" and "Echevarria" fold alike, and "Straße" meets "Strasse".
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ′]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** The folded form of a text: lower case, no accents, one apostrophe. Null gives "". */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT).replace('`', '\'');
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String noMarks = MARKS.matcher(decomposed).replaceAll("");
        String apostrophes = APOSTROPHES.matcher(noMarks).replaceAll("'");
        return spellOut(apostrophes.toLowerCase(Locale.ROOT));
    }

    /** The folded form without apostrophes at all ("O’Brien" → "obrien"), as names are compared. */
    public static String foldNoApostrophes(String s) {
        return fold(s).replace("'", "");
    }

    /** The folded words of a text: runs of letters and digits, in order, none empty. */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(fold(s))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Latin letters with no canonical decomposition, written as the letters readers substitute. */
    private static String spellOut(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ß' -> "ss";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ' -> "d";
                case 'ð' -> "d";
                case 'þ' -> "th";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ı' -> "i";
                case 'ə' -> "e"; // Azerbaijani schwa, written e in English, German, French and Spanish
                case 'ħ' -> "h";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
