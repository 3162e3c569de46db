package io.newsfuse.extract;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML page to its metadata and main text: {@link MainContent} finds the story; when it finds
 * little, Readability tries, then the JSON-LD {@code articleBody} (also when it is three times longer than
 * what the markup gave), then the densest paragraphs or finally the whole {@code <body>} text stand in.
 *
 * @param metadata what the markup says about the article
 * @param mainText the story text, paragraphs separated by blank lines
 * @param byline   Readability's byline, or null
 */
record PageText(PageMetadata metadata, String mainText, String byline) {
    private static final int MIN_READABLE = 140;
    private static final String NEVER_CONTENT = "script, style, noscript, template, svg, iframe, nav, "
            + "button, select, input, textarea, link, meta, object, embed, canvas";

    static PageText of(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        DepthLimit.flatten(page);
        PageMetadata metadata = PageMetadata.of(page, url);
        String main = "";
        String byline = null;
        // what never holds story text goes first: a smaller tree makes Readability several times faster
        page.select(NEVER_CONTENT).remove();
        main = MainContent.of(page.body(), metadata.recipeParts());
        if (main.length() < MIN_READABLE)
            try {
                net.dankito.readability4j.Article article = new Readability4J(url == null ? "" : url, page).parse();
                Element content = article.getArticleContent();
                if (content != null) {
                    main = BlockText.of(content);
                }
                byline = article.getByline();
            } catch (RuntimeException | LinkageError e) {
                main = "";
            }
        String body = metadata.articleBody();
        if (body != null) {
            String bodyText = body.contains("</") || body.contains("<p")
                    ? BlockText.of(Jsoup.parseBodyFragment(body).body())
                    : body;
            if (main.length() < MIN_READABLE || main.length() * 3 < bodyText.length()) {
                main = bodyText;
            }
        }
        if (main.length() < MIN_READABLE) {
            Document fresh = Jsoup.parse(html, url == null ? "" : url);
            DepthLimit.flatten(fresh);
            Element densest = densestParagraphs(fresh);
            String dense = densest == null ? "" : BlockText.of(densest);
            String fallback = dense.length() >= MIN_READABLE ? dense : BlockText.of(fresh.body());
            if (fallback.length() > main.length()) {
                main = fallback;
            }
        }
        return new PageText(metadata, main, byline);
    }

    /** The element whose own paragraphs hold the most text: where a story usually sits. */
    private static Element densestParagraphs(Document page) {
        java.util.Map<Element, Integer> scores = new java.util.HashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(null);
    }
}
