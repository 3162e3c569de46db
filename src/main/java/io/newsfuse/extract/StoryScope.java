package io.newsfuse.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page's story is: its headline and the elements that wrap it. Tells whether an element belongs
 * to other content than the story (a sidebar, navigation, the page footer, the comments, a list of
 * other stories), so a date, byline or author box there is not taken for the story's. A wrapper that
 * holds the headline is the story's own however it is named ({@code has-sidebar}, {@code
 * sidebar-wrapper}): it is never the reason an element is elsewhere.
 */
final class StoryScope {
    private static final Set<String> ELSEWHERE_WORDS = WordList.load("elsewhere-names.txt");
    /** Inside an article its footer (author, tags, date) is the article's own. */
    private static final Set<String> ARTICLE_ELSEWHERE_WORDS = ELSEWHERE_WORDS.stream()
            .filter(word -> !word.equals("footer"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A microdata item that is a story ({@code itemtype="https://schema.org/NewsArticle"}). */
    private static final java.util.regex.Pattern ARTICLE_ITEM = java.util.regex.Pattern.compile(
            "schema\\.org/\\w*(?:Article|BlogPosting|Report)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final int MIN_ARTICLE_CHARS = 500;

    private final Element headline;
    private final Set<Element> wrappers;

    private StoryScope(Element headline, Set<Element> wrappers) {
        this.headline = headline;
        this.wrappers = wrappers;
    }

    static StoryScope of(Document page) {
        Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
        StoryScope plain = new StoryScope(null, wrappers);
        Element headline = null;
        Element onlyH1 = null;
        int h1s = 0;
        for (Element h : page.getElementsByTag("h1")) {
            if (h.text().isBlank()) {
                continue;
            }
            h1s++;
            onlyH1 = h;
            if (headline == null && !plain.isElsewhere(h)) {
                headline = h;
            }
        }
        Element anchor = headline != null ? headline : h1s == 1 ? onlyH1 : null;
        for (Element a = anchor; a != null; a = a.parent()) {
            wrappers.add(a);
        }
        Element article = mainArticle(page);
        for (Element a = article; a != null; a = a.parent()) {
            wrappers.add(a);
        }
        if (anchor == null && article == null) {
            // nothing marks the story: the box holding most of the page's paragraphs is its text, and the
            // layout around it ("layoutTwoColumnsRightSidebar") is the story's
            for (Element a = densestParagraphs(page); a != null; a = a.parent()) {
                wrappers.add(a);
            }
        }
        return new StoryScope(headline, wrappers);
    }

    /**
     * The {@code <article>} holding the most text when it holds a story's worth: the layout around it
     * ({@code one-sidebar}, {@code has-sidebar}) is the story's, whatever it is named.
     */
    private static Element mainArticle(Document page) {
        Element best = null;
        int most = MIN_ARTICLE_CHARS - 1;
        for (Element article : page.getElementsByTag("article")) {
            int length = article.text().length();
            if (length > most) {
                most = length;
                best = article;
            }
        }
        return best;
    }

    /** The element whose own {@code <p>} children hold the most text, when they hold a story's worth. */
    private static Element densestParagraphs(Document page) {
        java.util.Map<Element, Integer> text = new IdentityHashMap<>();
        Element best = null;
        int most = MIN_ARTICLE_CHARS - 1;
        for (Element p : page.getElementsByTag("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = text.merge(parent, p.text().length(), Integer::sum);
            if (length > most) {
                most = length;
                best = parent;
            }
        }
        return best;
    }

    /** A post the microformats mark as one ({@code class="hentry"}, hAtom; {@code h-entry}): an article. */
    private static boolean isFeedEntry(Element e) {
        String names = e.className();
        return names.contains("entry") && (e.hasClass("hentry") || e.hasClass("h-entry"));
    }

    /** The first headline of the page that is not in a sidebar or list, or null. */
    Element headline() {
        return headline;
    }

    /** Whether {@code e} belongs to other content than the story. */
    boolean isElsewhere(Element e) {
        boolean inArticle = false;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article")
                    || a.attr("itemprop").equalsIgnoreCase("articleBody")
                    || ARTICLE_ITEM.matcher(a.attr("itemtype")).find()
                    || isFeedEntry(a)) {
                inArticle = true;
                break;
            }
        }
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (wrappers.contains(a)) {
                continue;
            }
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("nav") || (tag.equals("footer") && !inArticle)) {
                return true;
            }
            if (tag.equals("li") && a.parent() != null && a.parent().childrenSize() >= 3 && !inArticle) {
                return true;
            }
            // a box right beside the headline (its kicker, its byline line) is the story's, whatever
            // the theme calls it ("teaser-small__metadata")
            boolean besideHeadline = headline != null && a.parent() != null && a.parent() == headline.parent();
            if (!besideHeadline
                    && NameWords.anyIn(NameWords.names(a), inArticle ? ARTICLE_ELSEWHERE_WORDS : ELSEWHERE_WORDS)) {
                return true;
            }
        }
        return false;
    }
}
