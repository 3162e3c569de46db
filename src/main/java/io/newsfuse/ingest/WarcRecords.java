package io.newsfuse.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams a WARC file (plain or gzipped, as Common Crawl News publishes them) record by record, turning
 * each archived {@code 200} HTML response into a document. Memory stays bounded by one record whatever
 * the file's size: payloads over {@link Limits#recordBytes()} are skipped, and a gzipped file is
 * inflated through {@link GuardedInput}, so a decompression bomb ends the read. Responses that are not HTML, not {@code 200}, empty or too large are skipped and
 * reported once per file as a count; damage (a truncated download) ends the read with one line saying
 * how many records came before it, and the documents already handed on stand.
 */
final class WarcRecords {
    private final Path file;
    private final Limits limits;
    private final String source;
    private final Consumer<RawDocument> accept;
    private final Consumer<Rejection> reject;
    private long records;
    private long accepted;
    private long notHtml;
    private long notOk;
    private long noText;
    private long tooLarge;
    private long badHttp;

    WarcRecords(Path file, Consumer<RawDocument> accept, Consumer<Rejection> reject, Limits limits) {
        this.file = file;
        this.limits = limits;
        this.source = file.toString();
        this.accept = accept;
        this.reject = reject;
    }

    /** Reads the whole file, handing on documents as they are found, then one summary line if any were skipped. */
    void read() {
        boolean damaged = false;
        try (InputStream in = GuardedInput.open(file, GuardedInput.startsLikeGzip(file), limits);
                WarcReader reader = new WarcReader(in)) {
            reader.onWarning(warning -> {});
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                if (next.get() instanceof WarcResponse response) {
                    try {
                        readResponse(response);
                    } catch (RuntimeException e) {
                        badHttp++; // a malformed record (e.g. a bad header value) costs only itself
                    }
                } else if (next.get().body().size() > limits.recordBytes()) {
                    tooLarge++; // not read, but said: a record over the limit may be a bomb or a lost page
                }
                records++;
            }
        } catch (NoSuchFileException e) {
            reject.accept(new Rejection(source, "no such file"));
            return;
        } catch (AccessDeniedException e) {
            reject.accept(new Rejection(source, "cannot read file: permission denied"));
            return;
        } catch (IOException | RuntimeException e) {
            damaged = true;
            reject.accept(new Rejection(source, damage(e)));
        }
        long skipped = notHtml + notOk + noText + tooLarge + badHttp;
        if (skipped > 0) {
            reject.accept(new Rejection(
                    source, skipped + " record" + (skipped == 1 ? "" : "s") + " skipped (" + skipReasons() + ")"));
        } else if (accepted == 0 && !damaged) {
            reject.accept(new Rejection(
                    source,
                    records == 0
                            ? "empty WARC file (no records)"
                            : "no HTTP response records among " + records + " WARC records"));
        }
    }

    private void readResponse(WarcResponse response) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            badHttp++;
            return;
        }
        if (http.status() != 200) {
            notOk++;
            return;
        }
        ContentType type =
                ContentType.parse(http.headers().first("Content-Type").orElse(null));
        byte[] payload = payload(http);
        if (payload == null) {
            return;
        }
        if (type.isKnown() ? !type.isHtml() : !looksLikeHtml(payload)) {
            notHtml++;
            return;
        }
        String html;
        try {
            html = HtmlDecoder.decode(payload, type.javaCharset());
        } catch (UnreadableException e) {
            notHtml++;
            return;
        }
        if (!HtmlSignals.hasVisibleText(html)) {
            noText++;
            return;
        }
        String target = response.target();
        String url = target == null || target.isBlank() ? null : target;
        // the crawl date is only a fallback: the extractor prefers the page's metadata, address and text
        accept.accept(new RawDocument(
                url != null ? url : source + "#record" + (records + 1),
                RawDocument.Format.HTML,
                html,
                new RawDocument.Hints(url, null, null, null, warcDate(response))));
        accepted++;
    }

    private static String warcDate(WarcResponse response) {
        try {
            return response.date().toString();
        } catch (RuntimeException e) {
            return null; // missing or malformed WARC-Date: no date hint
        }
    }

    /** The decoded payload, or null (counted) when it cannot be decoded or is too large. */
    private byte[] payload(HttpResponse http) throws IOException {
        MessageBody body;
        try {
            body = http.bodyDecoded();
        } catch (IOException | RuntimeException e) {
            if (e instanceof EOFException) {
                throw (EOFException) e;
            }
            badHttp++;
            return null;
        }
        try (InputStream in = body.stream()) {
            int max = (int) Math.min(Integer.MAX_VALUE - 16, limits.recordBytes());
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                tooLarge++;
                return null;
            }
            if (bytes.length == 0) {
                noText++;
                return null;
            }
            return bytes;
        } catch (ZipException e) {
            badHttp++;
            return null;
        }
    }

    private static boolean looksLikeHtml(byte[] payload) {
        String head = new String(
                        payload, 0, Math.min(payload.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return DocumentReader.isMarkup(head) || head.contains("<body");
    }

    private String skipReasons() {
        List<String> parts = new ArrayList<>();
        add(parts, notHtml, "not HTML");
        add(parts, notOk, "not 200");
        add(parts, noText, "no text");
        add(parts, tooLarge, "larger than " + Limits.size(limits.recordBytes()));
        add(parts, badHttp, "unreadable");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, long count, String reason) {
        if (count > 0) {
            parts.add(count + " " + reason);
        }
    }

    private String damage(Exception e) {
        String what = e instanceof GuardedInput.LimitException
                ? e.getMessage()
                : e instanceof EOFException
                        ? "unexpected end of file"
                        : e instanceof ZipException
                                ? "bad gzip data"
                                : e instanceof ParsingException ? "not a valid WARC record" : describe(e);
        if (records == 0 && accepted == 0) {
            return "not a readable WARC file (" + what + ")";
        }
        return "truncated or damaged after " + records + " record" + (records == 1 ? "" : "s") + " (" + what
                + "); the documents before it were kept";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
