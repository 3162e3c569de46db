package io.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads documents from a file, a folder tree or a web address into {@link RawDocument}s, so every later
 * stage sees decoded text whatever the container was. Files are chosen by extension: {@code .txt} (text),
 * {@code .html}/{@code .htm} (HTML), {@code .jsonl}/{@code .json} (records with {@code url}, {@code title},
 * {@code text} or {@code html}, {@code published}, {@code language}), {@code .rss}/{@code .atom}/{@code .xml}
 * (feeds: one document per entry, from the entry's own text), each optionally {@code .gz}, and
 * {@code .warc}/{@code .warc.gz} (web archives: one document per archived 200 HTML response, streamed).
 * A folder is walked recursively in sorted order, skipping hidden entries and files of other types. An
 * http(s) address is fetched politely (see {@link HttpFetcher}); a feed's entries are fetched as pages.
 * Whatever cannot be read becomes a one-line {@link Rejection} and the read goes on.
 *
 * <p>Thread-safe: one instance may be shared by any number of threads, which then share its fetcher's
 * per-host rate limits and robots rules.
 */
public final class DocumentReader {
    /** How many entries of a fetched feed are followed to their pages by default. */
    public static final int DEFAULT_FEED_ITEM_LIMIT = 50;

    private static final java.util.regex.Pattern SCHEME =
            java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private final WebReader web;
    private final Limits limits;

    /** A reader within the default {@link Limits}, fetching as {@link HttpFetcher.Settings#defaults()} says. */
    public DocumentReader() {
        this(Limits.defaults());
    }

    /** A reader within these limits, fetching with the default settings and 50 entries per feed. */
    public DocumentReader(Limits limits) {
        this(new HttpFetcher(HttpFetcher.Settings.defaults()), DEFAULT_FEED_ITEM_LIMIT, limits);
    }

    /**
     * A reader that fetches addresses with {@code fetcher}, following at most {@code feedItemLimit} entries
     * of each fetched feed.
     */
    public DocumentReader(HttpFetcher fetcher, int feedItemLimit) {
        this(fetcher, feedItemLimit, Limits.defaults());
    }

    /** A reader with its fetcher, feed entry limit and input limits. */
    public DocumentReader(HttpFetcher fetcher, int feedItemLimit, Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.web = new WebReader(Objects.requireNonNull(fetcher, "fetcher"), feedItemLimit, limits);
    }

    /** The limits this reader reads within. */
    public Limits limits() {
        return limits;
    }

    /** Whether {@code input} is written as an address ({@code scheme://...}) rather than a path. */
    public static boolean isAddress(String input) {
        return input != null && SCHEME.matcher(input.strip()).find();
    }

    /**
     * Reads {@code input}, an http(s) address or a file or folder path, handing each document and each
     * rejection on in order.
     */
    public void read(String input, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(reject, "reject");
        if (isAddress(input)) {
            String scheme =
                    input.strip().substring(0, input.strip().indexOf(':')).toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                Consumer<RawDocument> onward = Boundary.passThrough(accept);
                Boundary.run(input, "reading", () -> web.read(input, onward, reject), reject);
            } else {
                reject.accept(new Rejection(input, "only http and https addresses can be read"));
            }
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
            reject.accept(new Rejection(input, "not a valid path (" + e.getReason() + ")"));
            return;
        }
        read(path, accept, reject);
    }

    /**
     * Reads {@code path} (a file or a folder), handing each document and each rejection on in order. A
     * folder's symbolic links are not followed: one that leads out of the folder is reported, one that
     * stays inside it is passed over (what it points to is read where it is).
     */
    public void read(Path path, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(reject, "reject");
        Path root = path.toAbsolutePath().normalize();
        if (Files.isDirectory(root)) {
            for (Path file : FolderWalk.files(root, reject)) {
                FileKind.of(file).ifPresent(kind -> readIsolated(file, kind, true, accept, reject));
            }
        } else if (!Files.exists(root)) {
            reject.accept(new Rejection(
                    root.toString(),
                    Files.isSymbolicLink(root) ? "a symbolic link to nothing" : "no such file or folder"));
        } else {
            Optional<FileKind> kind = FileKind.of(root);
            if (kind.isPresent()) {
                readIsolated(root, kind.get(), false, accept, reject);
            } else {
                reject.accept(new Rejection(
                        root.toString(),
                        "unsupported file type (expected .txt, .html, .htm, .jsonl, .json, .rss, .atom, .xml, "
                                + "each optionally .gz, or .warc, .warc.gz)"));
            }
        }
    }

    /**
     * Reads one file inside a {@link Boundary}: whatever goes wrong reading it (a stack overflow, running
     * out of memory, a bug) costs that file only, and the documents it already handed on stand.
     */
    private void readIsolated(
            Path file, FileKind kind, boolean walked, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        long[] handed = {0};
        Consumer<RawDocument> onward = Boundary.passThrough(doc -> {
            handed[0]++;
            accept.accept(doc);
        });
        Boundary.run(
                file.toString(),
                "reading",
                () -> readFile(file, kind, walked, onward, reject, handed),
                r -> reject.accept(
                        handed[0] == 0 ? r : new Rejection(r.source(), r.reason() + kept(handed[0]), r.cause())));
    }

    private static String kept(long documents) {
        return "; the " + (documents == 1 ? "document" : documents + " documents") + " before it were kept";
    }

    /** Reads like {@link #read} and also counts what was accepted and rejected. */
    public IngestSummary readCounting(Path path, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        read(
                path,
                doc -> {
                    accepted.incrementAndGet();
                    accept.accept(doc);
                },
                rejection -> {
                    rejected.incrementAndGet();
                    reject.accept(rejection);
                });
        return new IngestSummary(accepted.get(), rejected.get());
    }

    /**
     * Whether a file found in a folder is one this reader reads (by its name); others are passed over
     * when a folder is read. For drivers that list folders themselves (the Spark job).
     */
    public static boolean readsFilesNamedLike(Path file) {
        return FileKind.of(file).isPresent();
    }

    /** Reads a path into a list, for callers that want everything at once. */
    public List<RawDocument> readAll(Path path, Consumer<Rejection> reject) {
        List<RawDocument> documents = new ArrayList<>();
        read(path, documents::add, reject);
        return documents;
    }

    /** Reads one file; {@code walked} when found in a folder, where XML that is not a feed is passed over. */
    private void readFile(
            Path file,
            FileKind kind,
            boolean walked,
            Consumer<RawDocument> accept,
            Consumer<Rejection> reject,
            long[] handed) {
        String source = file.toString();
        if (kind.type() == FileKind.Type.WARC) {
            new WarcRecords(file, accept, reject, limits).read();
            return;
        }
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableException("empty file");
            }
            switch (kind.type()) {
                case TEXT -> {
                    byte[] raw = bytes(file, kind);
                    String text = nonBlank(text(raw));
                    if (isMarkup(text)) {
                        // a saved web page named .txt: read as the page it is, not its tags as words
                        accept.accept(new RawDocument(
                                source,
                                RawDocument.Format.HTML,
                                withVisibleText(HtmlDecoder.decode(raw)),
                                RawDocument.Hints.NONE));
                    } else if (isFeed(text)) {
                        readFeed(source, raw, accept, reject); // a saved feed: its entries, not its XML
                    } else if (isJson(text)) {
                        // saved records: read as JSON, so a record without text is rejected, not stored as braces
                        new JsonRecords(source, accept, reject, limits).readJson(new java.io.ByteArrayInputStream(raw));
                    } else {
                        accept.accept(new RawDocument(source, RawDocument.Format.TEXT, text, RawDocument.Hints.NONE));
                    }
                }
                case HTML ->
                    accept.accept(new RawDocument(
                            source,
                            RawDocument.Format.HTML,
                            withVisibleText(HtmlDecoder.decode(bytes(file, kind))),
                            RawDocument.Hints.NONE));
                case JSON_LINES, JSON -> {
                    try (InputStream in = FileBytes.open(file, kind.gzipped(), limits)) {
                        JsonRecords records = new JsonRecords(source, accept, reject, limits);
                        if (kind.type() == FileKind.Type.JSON) {
                            records.readJson(in);
                        } else {
                            records.readLines(in);
                        }
                    }
                }
                case FEED -> {
                    byte[] bytes = bytes(file, kind);
                    if (walked && !FeedEntries.looksLikeFeed(bytes) && isPlainXml(file)) {
                        return; // other XML in a folder (sitemaps, configuration) is not ours to read
                    }
                    readFeed(source, bytes, accept, reject);
                }
                case WARC -> throw new IllegalStateException("WARC files are streamed");
            }
        } catch (UnreadableException e) {
            reject.accept(new Rejection(source, e.getMessage() + (handed[0] > 0 ? kept(handed[0]) : "")));
        } catch (IOException e) {
            reject.accept(new Rejection(
                    source, FileBytes.reason(e, kind.gzipped()) + (handed[0] > 0 ? kept(handed[0]) : "")));
        }
    }

    private byte[] bytes(Path file, FileKind kind) throws UnreadableException {
        byte[] bytes = FileBytes.read(file, kind.gzipped(), limits);
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        return bytes;
    }

    /** A feed file: each entry from its own text (nothing is fetched); entries without text are rejected. */
    private void readFeed(String source, byte[] bytes, Consumer<RawDocument> accept, Consumer<Rejection> reject)
            throws UnreadableException {
        TextBytes.requireText(bytes);
        if (!FeedEntries.looksLikeFeed(bytes)) {
            throw new UnreadableException("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)");
        }
        List<FeedEntries.Entry> entries = FeedEntries.parse(bytes, null, limits);
        if (entries.isEmpty()) {
            throw new UnreadableException("feed has no entries");
        }
        for (FeedEntries.Entry entry : entries) {
            RawDocument doc = entry.toDocument(source + "#entry" + entry.index());
            if (doc != null) {
                accept.accept(doc);
            } else {
                reject.accept(new Rejection(source, entry.label() + ": no summary or content to read"));
            }
        }
    }

    private static boolean isPlainXml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".xml.gz");
    }

    private static String withVisibleText(String html) throws UnreadableException {
        if (!HtmlSignals.hasVisibleText(html)) {
            throw new UnreadableException(
                    html.isBlank() ? "empty text (only whitespace)" : "HTML page with no text in its body");
        }
        return html;
    }

    private static String text(byte[] bytes) throws UnreadableException {
        TextBytes.requireText(bytes);
        return TextBytes.utf8(bytes);
    }

    private static String nonBlank(String text) throws UnreadableException {
        if (text.isBlank()) {
            throw new UnreadableException("empty text (only whitespace)");
        }
        return text;
    }

    /** Whether a text opens as an HTML document ({@code <!DOCTYPE html>}, {@code <html>}, {@code <head>}). */
    /** Whether a text file holds an RSS or Atom feed: its first element is one. */
    static boolean isFeed(String text) {
        String head = afterXmlProlog(text);
        return head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf");
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    /** Whether a text file holds one JSON object or array, whole and well formed (not prose in brackets). */
    static boolean isJson(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) {
            return false;
        }
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(t)) {
            while (parser.nextToken() != null) {
                // reading every token is the check
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String afterXmlProlog(String text) {
        String head =
                text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            head = end < 0 ? "" : head.substring(end + 2).stripLeading();
        }
        return head;
    }

    static boolean isMarkup(String text) {
        String head = afterXmlProlog(text);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<head")
                || head.startsWith("<body");
    }
}
