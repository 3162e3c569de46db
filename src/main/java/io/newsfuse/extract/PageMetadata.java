package io.newsfuse.extract;

import java.net.URI;
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
 * @param dates       publication and update dates the page states
 * @param url         canonical address, or null
 * @param articleBody JSON-LD {@code articleBody}, or null
 * @param recipeParts the ingredients and steps of the recipe its JSON-LD declares, possibly empty
 */
record PageMetadata(
        String title,
        String site,
        List<String> authors,
        PageDates dates,
        String url,
        String articleBody,
        List<String> recipeParts) {

    static PageMetadata of(Document page, String hintUrl) {
        MetaTags meta = MetaTags.of(page);
        JsonLd jsonLd = JsonLd.of(page);
        StoryScope scope = StoryScope.of(page);
        Element canonical = page.selectFirst("link[rel=canonical]");
        String url = firstNonBlank(
                canonical == null ? null : canonical.attr("abs:href"), meta.first("og:url"), jsonLd.url(), hintUrl);
        String site = firstNonBlank(
                meta.first("og:site_name"),
                jsonLd.publisher(),
                meta.first("application-name"),
                host(url),
                host(hintUrl));
        String rawTitle = firstNonBlank(
                meta.first("og:title"),
                meta.first("twitter:title"),
                jsonLd.headline(),
                page.title(),
                text(page.selectFirst("h1")));
        if (site != null && site.contains("://")) {
            site = host(site);
        }
        String headline = Headline.of(
                page,
                java.util.Arrays.asList(
                        meta.first("og:title"), meta.first("twitter:title"), jsonLd.headline(), page.title()),
                site);
        String title = headline != null ? headline : Titles.clean(rawTitle, site);
        return new PageMetadata(
                title,
                site,
                ClosingCredit.inPlaceOfDesk(
                        PageAuthors.of(page, scope, meta::all, jsonLd, site, jsonLd.publisher()), page, scope),
                PageDates.of(page, scope, meta::all, jsonLd, url),
                url,
                jsonLd.articleBody(),
                List.copyOf(jsonLd.recipeParts()));
    }

    /** A page's {@code <meta>} contents by lower-cased name, property or itemprop, in page order. */
    private record MetaTags(java.util.Map<String, List<String>> byKey) {
        static MetaTags of(Document page) {
            java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
            for (Element meta : page.getElementsByTag("meta")) {
                String content = meta.attr("content").strip();
                if (content.isEmpty()) {
                    continue;
                }
                for (String attribute : new String[] {"property", "name", "itemprop"}) {
                    String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                    if (!key.isEmpty()) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    }
                }
            }
            return new MetaTags(byKey);
        }

        String first(String key) {
            List<String> values = byKey.get(key);
            return values == null ? null : values.get(0);
        }

        List<String> all(String key) {
            return byKey.getOrDefault(key, List.of());
        }
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
