package io.newsfuse.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The credit that closes wire copy in parentheses at the end of a paragraph ("… hieß es. (FR mit dpa)",
 * "(ivr/dpa)"), naming the desk and the agency that wrote the story: read in the story's part of the
 * page, and only when it names a wire agency ({@code sign-off-agencies.txt}).
 */
final class ClosingCredit {
    private static final Set<String> AGENCIES = WordList.load("sign-off-agencies.txt");
    private static final Pattern TOKENS = Pattern.compile("[\\s/,;]+");
    private static final int MAX_CREDIT = 40;

    private ClosingCredit() {}

    /**
     * The authors, or the story's closing credit in their place when they are only a desk ("Redaktion"):
     * the credit names who wrote it.
     */
    static List<String> inPlaceOfDesk(List<String> authors, Document page, StoryScope scope) {
        if (authors.isEmpty() || !authors.stream().allMatch(Bylines::isRole)) {
            return authors;
        }
        List<String> credit = of(page, scope);
        return credit.isEmpty() ? authors : credit;
    }

    /** The first closing credit in the story, without its parentheses, or an empty list. */
    static List<String> of(Document page, StoryScope scope) {
        for (Element p : page.getElementsByTag("p")) {
            String text = p.text();
            if (!text.endsWith(")")) {
                continue;
            }
            int open = text.lastIndexOf('(');
            if (open < 0 || text.length() - open > MAX_CREDIT) {
                continue;
            }
            String credit = text.substring(open + 1, text.length() - 1).strip();
            if (!credit.isEmpty()
                    && Boilerplate.isSignOff(text.substring(open))
                    && namesAgency(credit)
                    && !scope.isElsewhere(p)) {
                return List.of(credit);
            }
        }
        return List.of();
    }

    private static boolean namesAgency(String credit) {
        for (String token : TOKENS.split(credit)) {
            if (AGENCIES.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
