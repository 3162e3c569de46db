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
    private FileBytes() {
    }

    static byte[] read(Path path, boolean gzipped) throws UnreadableException {
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException("cannot read file: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableException("cannot read file: " + describe(e));
        }
        return gzipped ? gunzip(raw) : raw;
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
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").trim();
    }
}
