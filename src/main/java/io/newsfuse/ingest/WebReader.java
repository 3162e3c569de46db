package io.newsfuse.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an http(s) address into documents: a page becomes one document; a feed becomes its entries,
 * each entry's page fetched in turn (up to a limit) and the entry's own text used when the page cannot
 * be had. Every failure is one {@link Rejection} and the read goes on.
 */
final class WebReader {
    private final HttpFetcher fetcher;
    private final int feedItemLimit;
    private final Limits limits;

    WebReader(HttpFetcher fetcher, int feedItemLimit, Limits limits) {
        if (feedItemLimit < 0) {
            throw new IllegalArgumentException("feedItemLimit must not be negative");
        }
        this.fetcher = fetcher;
        this.feedItemLimit = feedItemLimit;
        this.limits = limits;
    }

    void read(String address, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            reject.accept(new Rejection(address, "not a valid address (" + e.getReason() + ")"));
            return;
        }
        Fetched fetched;
        try {
            fetched = fetcher.fetch(uri);
        } catch (FetchException e) {
            reject.accept(new Rejection(address, e.getMessage()));
            return;
        }
        ContentType type = ContentType.parse(fetched.contentType());
        try {
            switch (kindOf(type, fetched.body())) {
                case HTML -> accept.accept(page(fetched, type, null));
                case FEED -> readFeed(fetched, accept, reject);
                case TEXT -> accept.accept(text(fetched, type));
                case OTHER -> reject.accept(new Rejection(address, "not a page or a feed (" + type + ")"));
            }
        } catch (UnreadableException e) {
            reject.accept(new Rejection(address, e.getMessage()));
        }
    }

    private enum Kind {
        HTML,
        FEED,
        TEXT,
        OTHER
    }

    private static Kind kindOf(ContentType type, byte[] body) {
        if (type.isHtml()) {
            return Kind.HTML;
        }
        if (type.isFeedOrXml() || ((!type.isKnown() || type.isPlainText()) && FeedEntries.looksLikeFeed(body))) {
            return Kind.FEED;
        }
        if (type.isPlainText()) {
            return Kind.TEXT;
        }
        return type.isKnown() ? Kind.OTHER : Kind.HTML;
    }

    private void readFeed(Fetched feed, Consumer<RawDocument> accept, Consumer<Rejection> reject)
            throws UnreadableException {
        String feedSource = feed.uri().toString();
        List<FeedEntries.Entry> entries = FeedEntries.parse(feed.body(), feedSource, limits);
        if (entries.isEmpty()) {
            throw new UnreadableException("feed has no entries");
        }
        for (FeedEntries.Entry entry : entries.subList(0, Math.min(entries.size(), feedItemLimit))) {
            readEntry(feedSource, entry, accept, reject);
        }
        int left = entries.size() - feedItemLimit;
        if (left > 0) {
            reject.accept(new Rejection(
                    feedSource,
                    left + " more entr" + (left == 1 ? "y" : "ies") + " not read (limit " + feedItemLimit
                            + " per feed)"));
        }
    }

    private void readEntry(
            String feedSource, FeedEntries.Entry entry, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        String fallbackSource = feedSource + "#entry" + entry.index();
        RawDocument own = entry.toDocument(fallbackSource);
        if (entry.link() == null) {
            accept(own, accept, reject, fallbackSource, entry.label() + ": no link and no text");
            return;
        }
        String reason;
        try {
            URI link = new URI(entry.link());
            Fetched page = fetcher.fetch(link);
            ContentType type = ContentType.parse(page.contentType());
            Kind kind = kindOf(type, page.body());
            if (kind == Kind.HTML) {
                accept.accept(page(page, type, entry));
                return;
            }
            if (kind == Kind.TEXT) {
                accept.accept(text(page, type));
                return;
            }
            reason = "not an HTML page (" + type + ")";
        } catch (URISyntaxException e) {
            reason = "not a valid address";
        } catch (FetchException | UnreadableException e) {
            reason = e.getMessage();
        }
        if (own != null) {
            accept.accept(own);
            reject.accept(new Rejection(entry.link(), reason + "; used the feed entry's own text instead"));
        } else {
            reject.accept(new Rejection(entry.link(), reason));
        }
    }

    private static void accept(
            RawDocument doc, Consumer<RawDocument> accept, Consumer<Rejection> reject, String source, String reason) {
        if (doc != null) {
            accept.accept(doc);
        } else {
            reject.accept(new Rejection(source, reason));
        }
    }

    /** A fetched HTML page as a document; an entry's title and date are kept unless the page dates itself. */
    private static RawDocument page(Fetched fetched, ContentType type, FeedEntries.Entry entry)
            throws UnreadableException {
        String html = HtmlDecoder.decode(fetched.body(), type.javaCharset());
        if (!HtmlSignals.hasVisibleText(html)) {
            throw new UnreadableException("HTML page with no text in its body");
        }
        String url = fetched.uri().toString();
        RawDocument.Hints hints = RawDocument.Hints.NONE;
        if (entry != null) {
            hints = new RawDocument.Hints(url, entry.title(), null, entry.language(), entry.published());
        } else {
            hints = new RawDocument.Hints(url, null, null, null);
        }
        return new RawDocument(url, RawDocument.Format.HTML, html, hints);
    }

    private static RawDocument text(Fetched fetched, ContentType type) throws UnreadableException {
        byte[] body = fetched.body();
        TextBytes.requireText(body);
        java.nio.charset.Charset charset = type.javaCharset();
        String text = charset != null ? new String(body, charset) : TextBytes.utf8(body);
        if (text.isBlank()) {
            throw new UnreadableException("empty text (only whitespace)");
        }
        String url = fetched.uri().toString();
        return new RawDocument(url, RawDocument.Format.TEXT, text, new RawDocument.Hints(url, null, null, null));
    }
}
