package io.newsfuse.text;

/**
 * Characters a reader never sees and that break words apart for search, name matching and NER: the soft
 * hyphen of hyphenated layouts ("Mat\u00ADthi\u00ADas"), the zero-width space, the word joiner and a stray
 * byte-order mark. The zero-width (non-)joiners stay: Persian and Indic scripts spell with them.
 */
public final class Invisibles {
    private Invisibles() {}

    /** Whether the character is one a reader never sees. */
    public static boolean isInvisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }

    /** The text without the characters a reader never sees; null gives "". */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
