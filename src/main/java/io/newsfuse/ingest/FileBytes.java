package io.newsfuse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a file's bytes, un-gzipping when asked, and turns I/O failures into one-line reasons. */
final class FileBytes {
    private FileBytes() {}

    static byte[] read(Path path, boolean gzipped) throws UnreadableException {
        return read(path, gzipped, Long.MAX_VALUE);
    }

    /** Reads a file, refusing one larger than {@code maxBytes} (checked on disk and again once unpacked). */
    static byte[] read(Path path, boolean gzipped, long maxBytes) throws UnreadableException {
        byte[] raw;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new UnreadableException(tooLarge(size, maxBytes));
            }
            raw = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException("cannot read file: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableException("cannot read file: " + describe(e));
        }
        byte[] bytes = gzipped ? gunzip(raw) : raw;
        if (bytes.length > maxBytes) {
            throw new UnreadableException(tooLarge(bytes.length, maxBytes));
        }
        return bytes;
    }

    private static String tooLarge(long size, long maxBytes) {
        return String.format("too large for one document (%,d MB; the limit is %,d MB)", size >> 20, maxBytes >> 20);
    }

    private static byte[] gunzip(byte[] compressed) throws UnreadableException {
        if (compressed.length == 0) {
            throw new UnreadableException("empty file");
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed), 1 << 16)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, compressed.length * 4));
            in.transferTo(out);
            return out.toByteArray();
        } catch (EOFException e) {
            throw new UnreadableException("truncated gzip data (unexpected end of compressed stream)");
        } catch (ZipException e) {
            throw new UnreadableException("not valid gzip data (" + describe(e) + ")");
        } catch (IOException e) {
            throw new UnreadableException("cannot decompress gzip data: " + describe(e));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").trim();
    }
}
