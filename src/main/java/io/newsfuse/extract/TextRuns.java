package io.newsfuse.extract;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The visible text runs under an element, in document order: scripts, styles and the boxes a caller names left out. */
final class TextRuns {
    private TextRuns() {}

    /** Hands each non-blank text run under {@code root} to {@code each}, skipping what {@code skip} names. */
    static void forEach(Element root, Predicate<Element> skip, Consumer<TextNode> each) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e
                                && (e.normalName().equals("script")
                                        || e.normalName().equals("style")
                                        || skip.test(e))) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (node instanceof TextNode t && !t.isBlank()) {
                            each.accept(t);
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }
}
