package io.newsfuse.consolidate.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two wordings by the same speaker in articles of different languages render one
 * statement, when their words cannot be compared and the embedding model may not span both languages.
 * Language-independent evidence only: a name (a capitalised word inside the quote) or a number both
 * wordings carry, or, lacking any, the speaker being quoted once in each article, so the one statement
 * each outlet chose is taken as the same. Pure.
 */
final class CrossLanguageQuotes {
    private static final Pattern ANCHOR =
            Pattern.compile("(?<=[\\p{L}\\p{N},;:]\\s{1,3})(\\p{Lu}[\\p{L}\\-]{2,})|(\\d[\\d.,']*\\d|\\d{2,})");

    private CrossLanguageQuotes() {}

    /** The names and numbers inside a wording, folded: what stays the same when it is translated. */
    static Set<String> anchors(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = ANCHOR.matcher(text);
        while (m.find()) {
            String a = m.group(1) != null ? m.group(1) : m.group(2).replaceAll("[.,']", "");
            out.add(io.newsfuse.text.Folding.fold(a).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * A score like {@link QuoteSimilarity#score}'s: 1 when the wordings share a name or number, 0.5 when
     * neither carries one shared and each is its speaker's only quote in its article, else 0.
     */
    static double score(Set<String> anchorsA, boolean onlyA, Set<String> anchorsB, boolean onlyB) {
        for (String a : anchorsA) {
            if (anchorsB.contains(a)) {
                return 1;
            }
        }
        return onlyA && onlyB ? 0.5 : 0;
    }
}
