package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Bounds how deep a parsed page nests. jsoup parses and walks trees iteratively, but Readability (and
 * any walk up a node's ancestors for each node) does not scale to a hostile page nested 100,000 levels
 * deep: past {@link #MAX_DEPTH} levels an element keeps only the text below it, in order, as flat text.
 * No real page nests that deep, so real pages are untouched.
 */
final class DepthLimit {
    /** Levels of elements kept below the root; browsers' own parsers stop nesting near here. */
    static final int MAX_DEPTH = 256;

    private DepthLimit() {}

    /** Flattens, in place, every element of {@code root} that sits {@link #MAX_DEPTH} levels down. */
    static void flatten(Element root) {
        List<Element> cut = new ArrayList<>();
        NodeTraversor.filter(
                new org.jsoup.select.NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (depth >= MAX_DEPTH && node instanceof Element e) {
                            if (e.childrenSize() > 0) {
                                cut.add(e);
                            }
                            return FilterResult.SKIP_CHILDREN;
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        for (Element e : cut) {
            StringBuilder text = new StringBuilder();
            NodeTraversor.traverse(
                    (NodeVisitor) (node, depth) -> {
                        if (node instanceof TextNode t) {
                            text.append(t.getWholeText());
                        } else if (node instanceof Element child && child.isBlock() && !text.isEmpty()) {
                            text.append('\n');
                        }
                    },
                    e);
            e.empty();
            e.appendChild(new TextNode(text.toString()));
        }
    }
}
