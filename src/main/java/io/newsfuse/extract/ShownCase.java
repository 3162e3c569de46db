package io.newsfuse.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The case a page shows a short text in: a headline or a byline that the page's own style sheet sets in
 * capitals ({@code text-transform: uppercase}) reads in capitals, as the reader sees it and as the page's
 * readers quote it.
 */
final class ShownCase {
    private static final String UPPERCASE = "uppercase";

    private ShownCase() {}

    /**
     * The text as the reader sees it: in capitals when the page's own style sheet sets its element (or a
     * box around it) in capitals.
     */
    static String of(Document page, Element heading, String text) {
        for (Element style : page.getElementsByTag("style")) {
            // found in place, without a lower-cased copy of every style sheet
            String css = style.data();
            for (int at = uppercase(css, 0); at >= 0; at = uppercase(css, at + 1)) {
                int open = css.lastIndexOf('{', at);
                int close = css.lastIndexOf('}', at);
                if (open < 0
                        || close > open
                        || !css.substring(open, at).toLowerCase(Locale.ROOT).contains("text-transform")) {
                    continue;
                }
                int start = Math.max(css.lastIndexOf('}', open), css.lastIndexOf('{', open - 1)) + 1;
                if (matchesAround(heading, css.substring(start, open).toLowerCase(Locale.ROOT))) {
                    return text.toUpperCase(Locale.ROOT);
                }
            }
        }
        return text;
    }

    /** Where the word "uppercase" (in any case) next occurs in {@code css} from {@code from}, or -1. */
    private static int uppercase(String css, int from) {
        int last = css.length() - UPPERCASE.length();
        for (int i = from; i <= last; i++) {
            char c = css.charAt(i);
            if ((c == 'u' || c == 'U') && css.regionMatches(true, i, UPPERCASE, 0, UPPERCASE.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one of the rule's selectors picks the heading or one of its two nearest ancestors. */
    private static boolean matchesAround(Element heading, String selectors) {
        for (String selector : selectors.split(",")) {
            String plain = selector.replaceAll("::?[\\w-]+(?:\\([^)]*\\))?", "").strip();
            if (plain.isEmpty() || plain.startsWith("@")) {
                continue;
            }
            try {
                Element at = heading;
                for (int up = 0; up < 3 && at != null; up++, at = at.parent()) {
                    if (at.is(plain)) {
                        return true;
                    }
                }
            } catch (RuntimeException e) {
                // a selector jsoup does not read: it cannot be checked
            }
        }
        return false;
    }
}
