package io.newsfuse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from a file or a folder tree into {@link RawDocument}s, so every later stage sees
 * decoded text whatever the container was. Files are chosen by extension: {@code .txt} (text),
 * {@code .html}/{@code .htm} (HTML), each optionally {@code .gz}, and {@code .jsonl}/{@code .json}
 * (records with {@code url}, {@code title}, {@code text} or {@code html}, {@code published},
 * {@code language}). A folder is walked recursively in sorted order, skipping hidden entries and files of
 * other types. Whatever cannot be read becomes a one-line {@link Rejection} and the read goes on.
 *
 * <p>Holds no state: one instance may be shared by any number of threads.
 */
public final class DocumentReader {

    /** Reads {@code path} (a file or a folder), handing each document and each rejection on in order. */
    public void read(Path path, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(reject, "reject");
        Path root = path.toAbsolutePath().normalize();
        if (Files.isDirectory(root)) {
            for (Path file : filesUnder(root, reject)) {
                FileKind.of(file).ifPresent(kind -> readFile(file, kind, accept, reject));
            }
        } else if (!Files.exists(root)) {
            reject.accept(new Rejection(root.toString(), "no such file or folder"));
        } else {
            Optional<FileKind> kind = FileKind.of(root);
            if (kind.isPresent()) {
                readFile(root, kind.get(), accept, reject);
            } else {
                reject.accept(new Rejection(root.toString(),
                        "unsupported file type (expected .txt, .html, .htm, optionally .gz, or .jsonl, .json)"));
            }
        }
    }

    /** Reads like {@link #read} and also counts what was accepted and rejected. */
    public IngestSummary readCounting(Path path, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        read(path, doc -> {
            accepted.incrementAndGet();
            accept.accept(doc);
        }, rejection -> {
            rejected.incrementAndGet();
            reject.accept(rejection);
        });
        return new IngestSummary(accepted.get(), rejected.get());
    }

    /** Reads a path into a list, for callers that want everything at once. */
    public List<RawDocument> readAll(Path path, Consumer<Rejection> reject) {
        List<RawDocument> documents = new ArrayList<>();
        read(path, documents::add, reject);
        return documents;
    }

    private static List<Path> filesUnder(Path root, Consumer<Rejection> reject) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            reject.accept(new Rejection(root.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void readFile(Path file, FileKind kind, Consumer<RawDocument> accept,
                                 Consumer<Rejection> reject) {
        String source = file.toString();
        try {
            byte[] bytes = FileBytes.read(file, kind.gzipped());
            if (bytes.length == 0) {
                throw new UnreadableException("empty file");
            }
            switch (kind.type()) {
                case TEXT -> accept.accept(new RawDocument(source, RawDocument.Format.TEXT,
                        nonBlank(text(bytes)), RawDocument.Hints.NONE));
                case HTML -> accept.accept(new RawDocument(source, RawDocument.Format.HTML,
                        nonBlank(HtmlDecoder.decode(bytes)), RawDocument.Hints.NONE));
                case JSON_LINES -> new JsonRecords(source, accept, reject).readLines(nonBlank(text(bytes)));
                case JSON -> new JsonRecords(source, accept, reject).readJson(nonBlank(text(bytes)));
            }
        } catch (UnreadableException e) {
            reject.accept(new Rejection(source, e.getMessage()));
        }
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
}
