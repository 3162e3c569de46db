package io.newsfuse.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about its article, read before the page is reduced to its main text:
 * headline, site, authors and publication date from meta tags and JSON-LD, and the JSON-LD body.
 *
 * @param title       headline with any " - Site" suffix removed, or null
 * @param site        outlet name, or null
 * @param authors     person names, possibly empty
 * @param published   publication date from metadata, or null
 * @param url         canonical address, or null
 * @param articleBody JSON-LD {@code articleBody}, or null
 */
record PageMetadata(String title, String site, List<String> authors, LocalDate published, String url,
                    String articleBody) {

    private static final String[] DATE_SELECTORS = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=dc.date]", "meta[name=DC.date]",
        "meta[name=date]", "meta[name=Date]", "meta[property=article:modified_time]",
    };
    private static final String[] AUTHOR_SELECTORS = {
        "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=parsely-author]",
        "meta[name=sailthru.author]", "meta[name=dc.creator]", "meta[name=DC.creator]",
    };

    static PageMetadata of(Document page, String hintUrl) {
        JsonLd jsonLd = JsonLd.of(page);
        String url = firstNonBlank(attr(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]"),
                jsonLd.url(), hintUrl);
        String site = firstNonBlank(meta(page, "meta[property=og:site_name]"), jsonLd.publisher(),
                meta(page, "meta[name=application-name]"), host(url), host(hintUrl));
        String rawTitle = firstNonBlank(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                jsonLd.headline(), page.title(), text(page.selectFirst("h1")));
        String title = Titles.clean(rawTitle, site);
        List<String> authorFields = new ArrayList<>();
        for (String selector : AUTHOR_SELECTORS) {
            for (Element meta : page.select(selector)) {
                String content = meta.attr("content");
                if (!content.startsWith("http")) {
                    authorFields.add(content);
                }
            }
        }
        authorFields.addAll(jsonLd.authors());
        if (authorFields.isEmpty()) {
            page.select("[rel=author], [itemprop=author] [itemprop=name], .byline [rel=author]")
                    .forEach(e -> authorFields.add(e.text()));
        }
        return new PageMetadata(title, site, Bylines.names(authorFields), date(page, jsonLd), url,
                jsonLd.articleBody());
    }

    private static LocalDate date(Document page, JsonLd jsonLd) {
        for (String selector : DATE_SELECTORS) {
            if (selector.contains("modified_time")) {
                LocalDate fromJsonLd = Dates.parse(jsonLd.datePublished());
                if (fromJsonLd != null) {
                    return fromJsonLd;
                }
                Element time = page.selectFirst("time[datetime]");
                LocalDate fromTime = time == null ? null : Dates.parse(time.attr("datetime"));
                if (fromTime != null) {
                    return fromTime;
                }
            }
            LocalDate date = Dates.parse(meta(page, selector));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The host of an address without "www.", or null. */
    static String host(String url) {
        if (url == null || !url.contains("://")) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
