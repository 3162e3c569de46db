package io.newsfuse.extract;

import io.newsfuse.text.Invisibles;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an element with its block structure kept: each block (paragraph, heading, list
 * item, quote) becomes a paragraph, separated by a blank line; a {@code <br>} becomes a line break.
 * Captions, scripts, forms and navigation inside the element are left out.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
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
            "tr",
            "td",
            "th",
            "hr",
            "address",
            "center",
            "details",
            "summary",
            "body");
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "svg",
            "canvas",
            "button",
            "select",
            "input",
            "textarea",
            "nav",
            "aside",
            "footer",
            "figcaption",
            "figure",
            "picture",
            "video",
            "audio",
            "object",
            "embed",
            "label",
            "head",
            "title",
            "meta",
            "link");

    private BlockText() {}

    static String of(Element root) {
        return of(root, element -> false);
    }

    /** The readable text of {@code root}, leaving out the elements (and their content) that {@code skip} names. */
    static String of(Element root, java.util.function.Predicate<Element> skip) {
        return of(root, skip, element -> false);
    }

    /**
     * The readable text of {@code root} with the texts of the form labels {@code labels} accepts, which
     * in a recipe's box are the ingredients beside their check boxes.
     */
    static String of(
            Element root, java.util.function.Predicate<Element> skip, java.util.function.Predicate<Element> labels) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(
                new org.jsoup.select.NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            appendText(out, text.getWholeText());
                        } else if (node instanceof Element element) {
                            String tag = element.normalName();
                            if (element != root
                                    && ((SKIPPED.contains(tag) && !(tag.equals("label") && labels.test(element)))
                                            || skip.test(element))) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (tag.equals("br")) {
                                lineBreak(out);
                            } else if (BLOCKS.contains(tag)) {
                                paragraphBreak(out);
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            paragraphBreak(out);
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        return out.toString().strip();
    }

    private static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Invisibles.isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                int len = out.length();
                if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void lineBreak(StringBuilder out) {
        trimSpace(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        trimSpace(out);
        int len = out.length();
        if (len == 0) {
            return;
        }
        if (out.charAt(len - 1) != '\n') {
            out.append("\n\n");
        } else if (len < 2 || out.charAt(len - 2) != '\n') {
            out.append('\n');
        }
    }
}
