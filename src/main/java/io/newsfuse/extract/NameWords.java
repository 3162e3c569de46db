package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}: cut at whitespace, dashes, underscores, colons
 * and dots and at camel-case humps ({@code post-comments}, {@code shareBar}), lower-cased. Several
 * passes over a page ask what an element's names say; splitting them by hand rather than with a regular
 * expression per element keeps those passes cheap.
 */
final class NameWords {
    private NameWords() {}

    /** The class and id of {@code e}, space-separated (blank when it has neither). */
    static String names(Element e) {
        String id = e.id();
        String className = e.className();
        return id.isEmpty() ? className : className + " " + id;
    }

    /** The whitespace-separated tokens of a class or id string, none empty. */
    static List<String> tokens(String names) {
        List<String> out = new ArrayList<>(4);
        int n = names.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || isSpace(names.charAt(i));
            if (space) {
                if (start >= 0) {
                    out.add(names.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The lower-cased words of a class or id string (or one token of it), in order, none empty. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>(6);
        int n = names.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = names.charAt(i);
            if (isBreak(c)) {
                add(names, start, i, out);
                start = i + 1;
            } else if (c >= 'A' && c <= 'Z' && i > start && isAsciiLower(names.charAt(i - 1))) {
                add(names, start, i, out);
                start = i;
            }
        }
        add(names, start, n, out);
        return out;
    }

    /** Whether one of the words of {@code names} is in {@code vocabulary}. */
    static boolean anyIn(String names, Set<String> vocabulary) {
        if (names.isBlank()) {
            return false;
        }
        for (String word : words(names)) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-cased {@code names} contain one of {@code parts}: a quick test that must pass
     * before a pattern over the names can match, so most elements never reach the pattern.
     */
    static boolean mayName(String names, String... parts) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String part : parts) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code pattern} (written in lower case, every match of it opening with one of {@code parts})
     * matches the lower-cased {@code names}: the pattern is tried only where a part stands, which tells what
     * a case-insensitive search over the names tells without trying it at every character.
     */
    static boolean matchesAtPart(String names, java.util.regex.Pattern pattern, String... parts) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = null;
        for (String part : parts) {
            for (int i = lower.indexOf(part); i >= 0; i = lower.indexOf(part, i + 1)) {
                if (m == null) {
                    m = pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, lower.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(String names, int from, int to, List<String> out) {
        if (to > from) {
            out.add(names.substring(from, to).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isBreak(char c) {
        return c == '_' || c == '-' || c == ':' || c == '.' || isSpace(c);
    }

    /** What {@code \\s} matches in a pattern: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
