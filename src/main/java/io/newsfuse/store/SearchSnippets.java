package io.newsfuse.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * The passages of an article that show why a search found it: Lucene's highlighter picks the best
 * fragments for the query, read with the words folded as the index folds them ("zurich" marks
 * "Zürich"), and each fragment comes back as plain parts and matched parts, never as markup, so a page
 * can show it without trusting the article's text.
 */
public final class SearchSnippets {
    /** Characters of one fragment, about two lines. */
    private static final int FRAGMENT = 160;
    /** Private-use characters that bracket a match while the highlighter works; never in the output. */
    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';

    private static final Analyzer ANALYZER = new LuceneIndex.FoldingAnalyzer();

    /**
     * A piece of a snippet.
     *
     * @param text the words as the article prints them
     * @param hit  whether they match the query
     */
    public record Part(String text, boolean hit) {}

    private SearchSnippets() {}

    /**
     * Up to {@code max} fragments of {@code text} holding the query's words, best first; empty when
     * none of them occurs (a hit found by its title alone, or a query that reads as no words).
     */
    public static List<List<Part>> of(String query, String text, int max) {
        if (query == null || query.isBlank() || text == null || text.isEmpty()) {
            return List.of();
        }
        Query parsed = parse(query);
        if (parsed == null) {
            return List.of();
        }
        String clean = text.replace(OPEN, ' ').replace(CLOSE, ' ');
        QueryScorer scorer = new QueryScorer(parsed, LuceneIndex.TEXT);
        Highlighter highlighter = new Highlighter(
                (original, group) -> group.getTotalScore() > 0 ? OPEN + original + CLOSE : original, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        highlighter.setMaxDocCharsToAnalyze(Math.max(clean.length(), 1));
        List<List<Part>> snippets = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(LuceneIndex.TEXT, clean)) {
            for (TextFragment fragment : highlighter.getBestTextFragments(tokens, clean, true, max)) {
                if (fragment != null && fragment.getScore() > 0) {
                    snippets.add(parts(fragment.toString()));
                }
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            return List.of();
        }
        return List.copyOf(snippets);
    }

    private static List<Part> parts(String marked) {
        List<Part> parts = new ArrayList<>();
        String flat = marked.replaceAll("\\s+", " ").strip();
        int at = 0;
        while (at < flat.length()) {
            int open = flat.indexOf(OPEN, at);
            if (open < 0) {
                parts.add(new Part(flat.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new Part(flat.substring(at, open), false));
            }
            int close = flat.indexOf(CLOSE, open);
            int end = close < 0 ? flat.length() : close;
            parts.add(new Part(flat.substring(open + 1, end), true));
            at = end + 1;
        }
        return List.copyOf(merged(parts));
    }

    /** Adjacent matched words ("Blue" "Heron") read as one match. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty() && out.get(out.size() - 1).hit() == p.hit()) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text() + p.text(), p.hit()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Query parse(String query) {
        QueryParser parser = new QueryParser(LuceneIndex.TEXT, ANALYZER);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(query.toLowerCase(Locale.ROOT)));
            } catch (ParseException | RuntimeException plain) {
                return null;
            }
        }
    }
}
