package io.newsfuse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The start of an element's text, read only as far as needed: deciding whether a box is a short byline
 * or date must not cost a walk of the whole page each time (a "data" or "info" class is often on a
 * wrapper of everything).
 */
final class ShortText {
    private ShortText() {}

    /**
     * The element's text with a space between the texts of its parts, whitespace collapsed; null when it
     * is longer than {@code limit} characters.
     */
    static String of(Element e, int limit) {
        StringBuilder out = new StringBuilder();
        boolean[] tooLong = {false};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.getWholeText()).append(' ');
                            if (out.length() > limit * 2 + 64) {
                                tooLong[0] = true;
                                return FilterResult.STOP;
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                e);
        String text = out.toString().replaceAll("\\s+", " ").strip();
        return tooLong[0] || text.length() > limit ? null : text;
    }
}
