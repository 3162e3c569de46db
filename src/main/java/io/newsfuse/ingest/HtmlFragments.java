package io.newsfuse.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a fragment of HTML (a feed entry's summary or content) into plain text with one paragraph per
 * block element, so short snippets read as text rather than as a page to strip of furniture. The walk
 * is iterative and linear in the fragment's size, however deeply its elements nest.
 */
final class HtmlFragments {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "blockquote",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "figure",
            "figcaption",
            "pre",
            "header",
            "footer",
            "dd",
            "dt");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template");

    private HtmlFragments() {}

    static String toText(String html) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    /** How many hidden elements (script, style...) the traversal is inside: never a walk up. */
                    private int hidden;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element element && HIDDEN.contains(element.normalName())) {
                            hidden++;
                        }
                        if (node instanceof TextNode text && hidden == 0) {
                            String words = text.text().replaceAll("[\\s\\u00a0]+", " ");
                            if (!words.isBlank()) {
                                if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                                    words = words.stripLeading();
                                }
                                out.append(words);
                            }
                        } else if (node instanceof Element element) {
                            if (element.normalName().equals("br")) {
                                trimLineEnd(out);
                                out.append('\n');
                            } else if (BLOCKS.contains(element.normalName())) {
                                paragraphBreak(out);
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && HIDDEN.contains(element.normalName())) {
                            hidden--;
                        }
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            paragraphBreak(out);
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        return out.toString().strip();
    }

    private static void paragraphBreak(StringBuilder out) {
        trimLineEnd(out);
        if (out.isEmpty()) {
            return;
        }
        int length = out.length();
        if (length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n') {
            return;
        }
        out.append(out.charAt(length - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimLineEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
