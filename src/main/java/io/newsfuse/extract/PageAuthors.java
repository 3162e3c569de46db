package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The authors of a page: first what its metadata states ({@code <meta name=author>} and its kin,
 * JSON-LD {@code author}, a "Written by" label/data pair), else the byline its markup marks
 * ({@code rel=author}, {@code itemprop=author}, elements named author, byline, writer, username),
 * never one in the comments, a sidebar or a list of other stories. Names come as a list, without "By",
 * dates or roles.
 */
final class PageAuthors {
    private static final String[] META_KEYS = {
        "author",
        "article:author",
        "article:author_name",
        "byl",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "citation_author",
        "shareaholic:article_author_name",
        "cxenseparse:author",
    };
    private static final Set<String> LABELS = WordList.load("author-labels.txt");
    private static final Pattern AUTHOR_NAME = Pattern.compile(
            "(?i)(?<![a-z])(?:author|authors|author-?name|authorname|byline|byl|writer|screenname|username|posted-?by"
                    + "|submitted-?by|journalist|autor|autorin|autoren|autores|auteurs?|autori|autore|verfasser|reporter)(?![a-z])|author|byline");
    private static final int MAX_BYLINE = 120;

    private PageAuthors() {}

    static List<String> of(Document page, Function<String, List<String>> meta, JsonLd jsonLd, String site) {
        List<String> fields = new ArrayList<>();
        for (String key : META_KEYS) {
            for (String content : meta.apply(key)) {
                if (!content.startsWith("http")) {
                    fields.add(content);
                }
            }
        }
        fields.addAll(jsonLd.authors());
        for (int i = 1; i <= 4; i++) {
            List<String> labels = meta.apply("twitter:label" + i);
            List<String> data = meta.apply("twitter:data" + i);
            if (!labels.isEmpty()
                    && !data.isEmpty()
                    && LABELS.contains(labels.get(0).strip().toLowerCase(Locale.ROOT))) {
                fields.add(data.get(0));
            }
        }
        String siteKey = Titles.key(site);
        fields.removeIf(field -> !siteKey.isEmpty() && Titles.key(field).equals(siteKey));
        List<String> names = Bylines.names(fields);
        if (!names.isEmpty()) {
            return names;
        }
        return marked(page);
    }

    /** The names in the first byline the markup marks, in document order. */
    private static List<String> marked(Document page) {
        if (page.body() == null) {
            return List.of();
        }
        for (Element e : page.body().getAllElements()) {
            if (!isAuthorMarkup(e)) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name]");
            String text = ShortText.of(named != null ? named : e, MAX_BYLINE);
            if (text == null || text.isEmpty() || PageDates.isElsewhere(e)) {
                continue;
            }
            List<String> names = Bylines.markedNames(text);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private static boolean isAuthorMarkup(Element e) {
        if (e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
                || e.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("author")) {
            return true;
        }
        String names = e.className() + " " + e.id();
        return !names.isBlank() && AUTHOR_NAME.matcher(names).find();
    }
}
