package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a page's story and returns its text, blocks separated by blank lines. Furniture named by its
 * markup is cut away first (unless it holds most of the page's paragraph text); paragraphs then vote for
 * the elements that hold them, weighted by length and commas and discounted by link density; the winner
 * and its like siblings are the story. Inside the story, link lists and link-only lines are dropped while
 * headings, lists and quotes stay in document order.
 *
 * <p>Every step is one walk of the tree, so the work grows linearly with the page.
 */
final class MainContent {
    /** Characters of own text that make an element a paragraph. */
    static final int MIN_PARAGRAPH = 25;

    private static final Set<String> LEAF_BLOCKS = Set.of(
            "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dd", "dt", "blockquote", "address");
    /** Tags of the containers whose story-body name spares the boxes around them. */
    private static final Set<String> STORY_CONTAINERS = Set.of("div", "section", "article", "main");

    private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "dl", "table", "tbody", "menu");

    private final Element body;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private TextStats stats;

    private MainContent(Element body) {
        this.body = body;
    }

    /**
     * The story text under {@code body}, or "" when no paragraph stands out. The tree is modified:
     * furniture is removed from it.
     */
    static String of(Element body) {
        return of(body, List.of());
    }

    /**
     * The story text under {@code body}; on a recipe page ({@code recipeParts}: the ingredients and
     * steps its structured data declares) the box holding them is part of it, wherever the prose is.
     */
    static String of(Element body, List<String> recipeParts) {
        if (body == null) {
            return "";
        }
        MainContent content = new MainContent(body);
        content.pruneFurniture();
        content.stats = TextStats.of(body, MIN_PARAGRAPH);
        RecipeBox.Parts parts = RecipeBox.withRecipe(body, content.story(), recipeParts);
        List<Element> story = parts.elements();
        StringBuilder out = new StringBuilder();
        for (Element part : story) {
            // a recipe's ingredients are links and check-box labels: inside its box they are the text
            Element box = parts.box();
            Set<Element> noise = part == box ? Set.of() : content.noiseWithHeadings(part);
            String text = BlockText.of(
                    part,
                    e -> noise.contains(e) && (box == null || !RecipeBox.isInside(e, box)),
                    e -> box != null && RecipeBox.isInside(e, box));
            if (!text.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(text);
            }
        }
        Element lead = story.isEmpty() ? null : content.standfirst(story.get(0));
        if (lead != null) {
            String standfirst = BlockText.of(lead);
            if (!out.isEmpty() && !out.toString().contains(standfirst)) {
                out.insert(0, standfirst + "\n\n");
            }
        }
        return out.toString();
    }

    /**
     * Removes the elements whose markup names furniture, unless they hold most of the page's paragraphs;
     * weakly named ones only when they hold little prose; reader comments only when something else is
     * the page's content (on a forum or a live ticker the posts are the page).
     */
    private void pruneFurniture() {
        TextStats before = TextStats.of(body, MIN_PARAGRAPH);
        int total = before.of(body).paragraphChars;
        Set<Element> holdsBody = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            // a container named for the story spares the boxes around it; a paragraph class ("bodytext"
            // on every paragraph, newsletter boxes included) spares nothing
            if (MarkupSignals.isBodyName(e) && STORY_CONTAINERS.contains(e.normalName())) {
                for (Element a = e; a != null && holdsBody.add(a); a = a.parent()) {
                    // mark e and its ancestors once
                }
            }
        }
        List<Element> doomed = new ArrayList<>();
        List<Element> comments = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e && e != body && !holdsBody.contains(e)) {
                            MarkupSignals.Furniture kind = furniture(e, before, total);
                            if (kind != MarkupSignals.Furniture.NONE) {
                                (kind == MarkupSignals.Furniture.COMMENTS ? comments : doomed).add(e);
                                return FilterResult.SKIP_ENTIRELY;
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        int removed = 0;
        for (Element e : doomed) {
            removed += before.of(e).paragraphChars;
        }
        int inComments = 0;
        for (Element e : comments) {
            inComments += before.of(e).paragraphChars;
        }
        if (total - removed - inComments >= Math.min(inComments, Math.max(MIN_STORY, total / 4))) {
            doomed.addAll(comments);
        }
        doomed.forEach(Element::remove);
    }

    /**
     * The standfirst of the story: the subheadline or lead paragraph standing between the page's headline
     * and the story's first box, outside both (a sentence or two under the headline, marked as a
     * subheadline or lead by its tag or its class). Null when there is none.
     */
    private Element standfirst(Element storyStart) {
        Element headline = null;
        int sinceHeadline = 0;
        Element found = null;
        for (Element e : body.getAllElements()) {
            if (e == storyStart) {
                return headline == null ? null : found;
            }
            if (e.normalName().equals("h1")) {
                headline = e;
                sinceHeadline = 0;
                found = null;
            } else if (headline != null
                    && found == null
                    && sinceHeadline++ < MAX_STANDFIRST_DISTANCE
                    && !isInside(e, headline)
                    && isStandfirst(e)) {
                found = e;
            }
        }
        return null;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean isStandfirst(Element e) {
        String tag = e.normalName();
        boolean heading = tag.equals("h2") || tag.equals("h3");
        if (!heading && !((tag.equals("p") || tag.equals("div")) && NameWords.anyIn(e.className(), LEAD_WORDS))) {
            return false;
        }
        if (hasBlockChild(e) && !heading) {
            return false;
        }
        TextStats.Counts c = stats.of(e);
        String text = e.text();
        return c.text >= MIN_STANDFIRST
                && c.text <= MAX_STANDFIRST
                && c.linkDensity() < 0.2
                && text.split("\\s+").length >= 6;
    }

    /** Class words of a lead paragraph under the headline. */
    private static final Set<String> LEAD_WORDS = WordList.load("standfirst-names.txt");

    private static final int MIN_STANDFIRST = 40;
    private static final int MAX_STANDFIRST = 700;
    /** Elements after the headline within which a standfirst stands. */
    private static final int MAX_STANDFIRST_DISTANCE = 40;

    /** Prose a story has at least; less beside a page of comments means the comments are the page. */
    private static final int MIN_STORY = 400;

    /**
     * Furniture named by markup (unless it holds half the page's paragraphs; weakly named only when it
     * holds little prose), a short microdata property describing the article.
     */
    private static MarkupSignals.Furniture furniture(Element e, TextStats stats, int totalParagraphs) {
        TextStats.Counts c = stats.of(e);
        MarkupSignals.Furniture kind = MarkupSignals.furniture(e);
        if (kind != MarkupSignals.Furniture.NONE) {
            if (c.paragraphChars * 2 >= Math.max(1, totalParagraphs)) {
                return MarkupSignals.Furniture.NONE;
            }
            if (kind == MarkupSignals.Furniture.WEAK && c.paragraphChars >= 200 && c.linkDensity() < 0.4) {
                return MarkupSignals.Furniture.NONE;
            }
            return kind;
        }
        if (MarkupSignals.isMetadataProperty(e) && c.text < 200) {
            return MarkupSignals.Furniture.STRONG;
        }
        return MarkupSignals.Furniture.NONE;
    }

    /** The elements holding the story, in document order; empty when there is no paragraph. */
    private List<Element> story() {
        for (Element e : body.getAllElements()) {
            TextStats.Counts c = stats.of(e);
            if (e == body || c.own < MIN_PARAGRAPH || !TextStats.isBlock(e) || c.ownLinkDensity() > 0.5) {
                continue;
            }
            double score = 1 + c.ownCommas + Math.min(c.own / 100.0, 3);
            Element level = hasBlockChild(e) ? e : e.parent();
            for (int i = 0; i < 3 && level != null; i++) {
                double divider = i == 0 ? 1 : i == 1 ? 2 : 6;
                Element target = level;
                scores.merge(target, base(target) + score / divider, (old, add) -> old + add - base(target));
                if (level == body) {
                    break;
                }
                level = level.parent();
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = finalScore(entry.getKey());
            if (s > best) {
                best = s;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, best);
        Element marked = markedBody(top);
        if (marked != null) {
            top = marked;
        }
        Element wider = widen(top);
        if (marked == null) {
            List<Element> modules = repeatedModules(wider);
            if (!modules.isEmpty()) {
                return modules;
            }
        }
        if (wider != top) {
            return List.of(wider);
        }
        return marked != null ? List.of(marked) : withSiblings(top);
    }

    /**
     * The story told in a row of like modules: when the story's own box (or one of the few boxes around it
     * that hold little else) stands among siblings of the same tag and class that hold prose too (a page
     * builder's text modules between image and video modules), those siblings in document order; empty
     * otherwise.
     */
    private List<Element> repeatedModules(Element story) {
        int storyText = stats.of(story).text;
        Element module = story;
        for (int level = 0; level < MAX_MODULE_CLIMB && module != null && module != body; level++) {
            Element parent = module.parent();
            if (parent == null || (long) storyText * 2 < stats.of(module).text) {
                break;
            }
            String signature = signature(module);
            if (signature != null) {
                List<Element> like = new ArrayList<>();
                for (Element sibling : parent.children()) {
                    if (sibling == module || signature.equals(signature(sibling)) && isProse(sibling)) {
                        like.add(sibling);
                    }
                }
                if (like.size() >= 2) {
                    return like;
                }
            }
            module = parent;
        }
        return List.of();
    }

    /**
     * What makes boxes like modules: their tag and class, or, for a bare wrapper of one box, its tag and
     * its box's tag and class ({@code <div><section class="content-section">}); null for a bare box.
     */
    private static String signature(Element e) {
        if (!e.className().isBlank()) {
            return e.normalName() + "." + e.className();
        }
        if (e.childrenSize() == 1 && !e.child(0).className().isBlank()) {
            return e.normalName() + ">" + e.child(0).normalName() + "."
                    + e.child(0).className();
        }
        return null;
    }

    private static final int MAX_MODULE_CLIMB = 4;
    /** Paragraph characters a module holds at least to be more of the story, not a lone heading line. */
    private static final int MIN_MODULE_PROSE = 80;

    private boolean isProse(Element e) {
        TextStats.Counts c = stats.of(e);
        return c.paragraphChars >= MIN_MODULE_PROSE && c.linkDensity() < 0.3;
    }

    /**
     * The widest ancestor of the story whose other content reads as more of it: a lead, a subheading, an
     * ingredient list or a second part of the text, not mostly links and not dwarfing the story. Stops
     * below the page's layout (an ancestor holding navigation-like link lists or much more text).
     */
    private Element widen(Element top) {
        Element root = top;
        TextStats.Counts story = stats.of(top);
        for (int level = 0; level < MAX_WIDEN; level++) {
            Element parent = root.parent();
            if (parent == null || parent == body) {
                break;
            }
            TextStats.Counts wide = stats.of(parent);
            int extraText = wide.text - stats.of(root).text;
            int extraLinks = wide.links - stats.of(root).links;
            int extraAnchors = wide.anchors - stats.of(root).anchors;
            // several links beside the story are a list of other stories, even with a summary under each
            boolean teasers = extraAnchors >= TEASER_LINKS && extraLinks > extraText * TEASER_LINK_DENSITY;
            if (extraText > 0
                    && (teasers
                            || extraLinks > extraText * WIDEN_LINK_DENSITY
                            || wide.text > story.text * WIDEN_GROWTH)) {
                break;
            }
            root = parent;
        }
        return root;
    }

    // tuned on the dev pages of two extraction sets; each half of them (split by a hash) gains alike
    private static final int MAX_WIDEN = 6;
    private static final int TEASER_LINKS = 3;
    private static final double TEASER_LINK_DENSITY = 0.1;
    private static final double WIDEN_LINK_DENSITY = 0.35;
    private static final double WIDEN_GROWTH = 4;

    /**
     * The ancestor of the candidate that the page marks as its story body, when the candidate is only a
     * part of it (a story split into several containers) and it is not mostly links.
     */
    private Element markedBody(Element top) {
        int depth = 0;
        for (Element e = top.parent(); e != null && e != body && depth < 6; e = e.parent(), depth++) {
            if (MarkupSignals.isStoryBody(e)) {
                return stats.of(e).linkDensity() < 0.3 ? e : null;
            }
        }
        return null;
    }

    private double finalScore(Element e) {
        Double s = scores.get(e);
        return s == null ? 0 : s * (1 - stats.of(e).linkDensity());
    }

    /** Moves up to an ancestor that scores better than the candidate (the story was split in parts). */
    private Element climb(Element top, double topScore) {
        double last = topScore;
        double threshold = topScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body && parent.parent() != null) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double s = finalScore(parent);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return parent;
            }
            last = s;
            parent = parent.parent();
        }
        return top;
    }

    /** The candidate and those of its siblings that look like more of the same story. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                parts.add(sibling);
            } else if (TextStats.isBlock(sibling) && !hasBlockChild(sibling)) {
                TextStats.Counts c = stats.of(sibling);
                String text = sibling.text();
                if ((c.text > 80 && c.linkDensity() < 0.25)
                        || (c.text > 0 && c.text <= 80 && c.links == 0 && text.matches(".*\\.(?: .*|$)"))) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /**
     * The noise inside {@code root} and the headings that only introduce it ("Related articles" above
     * a link list) or introduce nothing (a heading closing its box).
     */
    private Set<Element> noiseWithHeadings(Element root) {
        Set<Element> noise = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e && e != root && isNoise(e)) {
                            noise.add(e);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        List<Element> introductions = new ArrayList<>();
        for (Element e : noise) {
            Element previous = e.previousElementSibling();
            if (previous != null && isHeading(previous)) {
                introductions.add(previous);
            }
        }
        for (Element h : root.select("h2, h3, h4, h5, h6")) {
            if (h.nextElementSibling() == null
                    && (h.nextSibling() == null || h.nextSibling().outerHtml().isBlank())
                    && h.parent() != root) {
                introductions.add(h);
            }
        }
        noise.addAll(introductions);
        return noise;
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
                || (tag.equals("strong") || tag.equals("b")) && e.text().length() < 60 && Titles.endsOpen(e.text());
    }

    /** Inside the story: link lists, link-only lines and furniture that slipped through. */
    private boolean isNoise(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.text == 0) {
            return false;
        }
        String tag = e.normalName();
        boolean container = LIST_LIKE.contains(tag) || hasBlockChild(e);
        int plain = c.text - c.links;
        if (container) {
            return c.linkDensity() > 0.5 && c.commas < 10 && plain < 25 * Math.max(1, e.childrenSize());
        }
        if (!LEAF_BLOCKS.contains(tag) && !TextStats.isBlock(e)) {
            return false;
        }
        return c.linkDensity() > 0.6 && (plain < 30 || c.anchors >= 2);
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (TextStats.isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's prior for a candidate: its tag and whether its name marks story or furniture. */
    private static double base(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (MarkupSignals.isBodyName(e)) {
            score += 25;
        }
        return score;
    }
}
