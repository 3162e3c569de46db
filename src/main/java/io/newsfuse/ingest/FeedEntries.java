package io.newsfuse.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an RSS or Atom feed (with Rome) into its entries: title, link, date and the longest text the
 * feed carries for each (full content, else summary), so a feed can be ingested offline from its own
 * text or used as a list of pages to fetch.
 *
 * <p>Before Rome builds its tree, a streaming pass ({@link XmlShape}) refuses a feed that declares a
 * document type (whose entities could read local files or expand a few bytes into gigabytes; Rome is
 * also told to refuse them) or nests elements deeper than {@link Limits#nestingDepth()} (Rome's tree
 * writer recurses once per level and would overflow the stack).
 */
final class FeedEntries {
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final int SNIFF = 2048;

    private FeedEntries() {}

    /** One feed entry, every field but {@code index} optional (null when the feed did not give it). */
    record Entry(int index, String title, String link, String published, String language, String text) {

        /** The entry as a text document (from its summary or content), or null when it has no text. */
        RawDocument toDocument(String fallbackSource) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return new RawDocument(link != null ? link : fallbackSource, RawDocument.Format.TEXT, text, hints());
        }

        RawDocument.Hints hints() {
            return new RawDocument.Hints(link, title, published, language);
        }

        /** How the entry is named in messages: its number and title. */
        String label() {
            return "entry " + index + (title == null ? "" : " (\"" + title + "\")");
        }
    }

    /** Whether the bytes open like a feed ({@code <rss>}, {@code <feed>} or RDF), after any prolog. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /**
     * A feed in UTF-8 must be valid UTF-8: XML makes a malformed byte a fatal error, where the reader
     * underneath would quietly turn it into a replacement character.
     */
    private static void requireUtf8(byte[] bytes) throws UnreadableException {
        try {
            TextBytes.utf8(bytes);
        } catch (UnreadableException e) {
            throw new UnreadableException(e.getMessage() + " (a feed in UTF-8 must be valid UTF-8)");
        }
    }

    /**
     * Parses a feed's entries.
     *
     * @param base address relative links are resolved against (the feed's URL), or null
     * @throws UnreadableException when the bytes are not an RSS or Atom feed, or break the limits
     */
    static List<Entry> parse(byte[] bytes, String base, Limits limits) throws UnreadableException {
        XmlShape.check(bytes, limits.nestingDepth());
        SyndFeed feed;
        try {
            XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes));
            if (StandardCharsets.UTF_8.name().equalsIgnoreCase(reader.getEncoding())) {
                requireUtf8(bytes);
            }
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new UnreadableException("not a valid RSS or Atom feed (" + shortMessage(e) + ")");
        }
        String feedBase = base != null ? base : feed.getLink();
        String language = blankToNull(feed.getLanguage());
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            entries.add(new Entry(
                    index,
                    blankToNull(entry.getTitle()),
                    resolve(feedBase, entry.getLink()),
                    date == null ? null : date.toInstant().toString(),
                    language,
                    text(entry)));
        }
        return entries;
    }

    /** The longest of the entry's contents and description, as plain text. */
    private static String text(SyndEntry entry) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        String best = null;
        for (SyndContent content : candidates) {
            String value = content.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
            String text =
                    type.contains("html") || TAG.matcher(value).find() ? HtmlFragments.toText(value) : value.strip();
            if (!text.isBlank() && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        return best;
    }

    private static String resolve(String base, String link) {
        String trimmed = blankToNull(link);
        if (trimmed == null) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute() && base != null) {
                return new URI(base).resolve(uri).toString();
            }
            return uri.toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shortMessage(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
