package io.newsfuse.extract;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML page to its metadata and main text: Readability picks the story's container; when it
 * finds little, the JSON-LD {@code articleBody} or finally the whole {@code <body>} text stands in.
 *
 * @param metadata what the markup says about the article
 * @param mainText the story text, paragraphs separated by blank lines
 * @param byline   Readability's byline, or null
 */
record PageText(PageMetadata metadata, String mainText, String byline) {
    private static final int MIN_READABLE = 140;

    static PageText of(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = PageMetadata.of(page, url);
        String main = "";
        String byline = null;
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
            String bodyText = body.contains("</") || body.contains("<p") ? BlockText.of(Jsoup.parseBodyFragment(body).body())
                    : body;
            if (main.length() < MIN_READABLE || main.length() * 3 < bodyText.length()) {
                main = bodyText;
            }
        }
        if (main.length() < MIN_READABLE) {
            Document fresh = Jsoup.parse(html, url == null ? "" : url);
            String whole = BlockText.of(fresh.body());
            if (whole.length() > main.length()) {
                main = whole;
            }
        }
        return new PageText(metadata, main, byline);
    }
}
