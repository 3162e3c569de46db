package io.newsfuse.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Reads a file's bytes, inflating gzip on the fly within the {@link Limits}, and turns I/O failures
 * into one-line reasons. Nothing is unpacked whole before it is checked: a file too large once
 * decompressed, or a decompression bomb, is refused as soon as the stream shows it.
 */
final class FileBytes {
    private FileBytes() {}

    /** Reads a file of at most {@link Limits#documentBytes()} (on disk and once unpacked). */
    static byte[] read(Path path, boolean gzipped, Limits limits) throws UnreadableException {
        long max = limits.documentBytes();
        try {
            long size = Files.size(path);
            if (size > max) {
                throw new UnreadableException(tooLarge(size, max));
            }
            if (gzipped && size == 0) {
                throw new UnreadableException("empty file");
            }
            try (InputStream in = GuardedInput.open(path, gzipped, limits)) {
                return GuardedInput.readAtMost(in, max, "one document");
            }
        } catch (IOException e) {
            throw new UnreadableException(reason(e, gzipped));
        }
    }

    /** Opens a file for streaming (JSON Lines, JSON arrays), inflating gzip within the limits. */
    static InputStream open(Path path, boolean gzipped, Limits limits) throws UnreadableException {
        try {
            if (gzipped && Files.size(path) == 0) {
                throw new UnreadableException("empty file");
            }
            return GuardedInput.open(path, gzipped, limits);
        } catch (IOException e) {
            throw new UnreadableException(reason(e, gzipped));
        }
    }

    /** The sentence for an I/O failure while opening or reading a file. */
    static String reason(IOException e, boolean gzipped) {
        if (e instanceof GuardedInput.LimitException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (gzipped && e instanceof EOFException) {
            return "truncated gzip data (unexpected end of compressed stream)";
        }
        if (gzipped && e instanceof ZipException) {
            return "not valid gzip data (" + describe(e) + ")";
        }
        return (gzipped ? "cannot decompress gzip data: " : "cannot read file: ") + describe(e);
    }

    private static String tooLarge(long size, long maxBytes) {
        return "too large for one document (" + Limits.size(size) + "; the limit is " + Limits.size(maxBytes) + ")";
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").trim();
    }
}
