package io.newsfuse.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, gathered in one walk: visible characters, characters
 * inside links, commas, and the characters of the element's own inline text (text not inside a nested
 * block), which is what makes an element a paragraph. Whitespace is not counted.
 */
final class TextStats {
    /** Tags that start a new block of text. */
    static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tbody",
            "thead",
            "tr",
            "td",
            "th",
            "hr",
            "address",
            "center",
            "details",
            "summary",
            "body",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "caption",
            "menu",
            "dialog");

    /** Measures of one element. */
    static final class Counts {
        int text;
        int links;
        int commas;
        int own;
        int ownLinks;
        int ownCommas;
        int paragraphChars;
        int anchors;
        int images;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }

        double ownLinkDensity() {
            return own == 0 ? 0 : (double) ownLinks / own;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    /** Measures {@code root} and everything under it. */
    static TextStats of(Element root, int minParagraph) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private int linkDepth;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element element) {
                            Counts counts = new Counts();
                            stats.counts.put(element, counts);
                            if (element.normalName().equals("a")) {
                                linkDepth++;
                                counts.anchors = 1;
                            } else if (element.normalName().equals("img")) {
                                counts.images = 1;
                            }
                        } else if (node instanceof TextNode text) {
                            String s = text.getWholeText();
                            int chars = 0;
                            int commas = 0;
                            for (int i = 0; i < s.length(); i++) {
                                char c = s.charAt(i);
                                if (!Character.isWhitespace(c) && c != '\u00a0') {
                                    chars++;
                                    if (c == ',' || c == '，' || c == '、') {
                                        commas++;
                                    }
                                }
                            }
                            if (chars > 0) {
                                Element block = blockOf(text);
                                Counts b = block == null ? null : stats.counts.get(block);
                                if (b != null) {
                                    b.own += chars;
                                    b.ownCommas += commas;
                                    if (linkDepth > 0) {
                                        b.ownLinks += chars;
                                    }
                                }
                                Element parent = text.parent() instanceof Element p ? p : null;
                                Counts c = parent == null ? null : stats.counts.get(parent);
                                if (c != null) {
                                    c.text += chars;
                                    c.commas += commas;
                                    if (linkDepth > 0) {
                                        c.links += chars;
                                    }
                                }
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element) {
                            if (element.normalName().equals("a")) {
                                linkDepth--;
                            }
                            Counts c = stats.counts.get(element);
                            if (isBlock(element) && c.own >= minParagraph) {
                                c.paragraphChars += c.own;
                            }
                            if (element != root && element.parent() != null) {
                                Counts p = stats.counts.get(element.parent());
                                if (p != null) {
                                    p.text += c.text;
                                    p.links += c.links;
                                    p.commas += c.commas;
                                    p.paragraphChars += c.paragraphChars;
                                    p.anchors += c.anchors;
                                    p.images += c.images;
                                }
                            }
                        }
                    }
                },
                root);
        return stats;
    }

    /** The measures of {@code element}, or empty measures for an element outside the measured tree. */
    Counts of(Element element) {
        Counts c = counts.get(element);
        return c == null ? new Counts() : c;
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The nearest block element holding {@code node}. */
    static Element blockOf(Node node) {
        Node n = node.parentNode();
        while (n instanceof Element e) {
            if (isBlock(e)) {
                return e;
            }
            n = e.parentNode();
        }
        return null;
    }
}
