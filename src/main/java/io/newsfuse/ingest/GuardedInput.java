package io.newsfuse.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file as the stream of its content, inflated on the fly when it is gzip-compressed, with the
 * compression ratio watched while inflating: every stretch of output ({@code 4 × ratio × 8 KB}, 3.2 MB
 * at the default ratio of 100) is compared with the compressed bytes that went in for it, and a stretch
 * that inflates more than {@link Limits#compressionRatio()} times ends the read with a
 * {@link LimitException}. A decompression bomb is thus stopped after a few megabytes of output, whatever
 * it would unpack to, and a bomb hidden after gigabytes of honest records is caught as soon as it
 * starts. The inflater reads ahead at most one {@link #INPUT_BUFFER} of compressed bytes, which the
 * comparison allows for.
 */
final class GuardedInput {
    private static final int BUFFER = 1 << 16;
    /** Compressed bytes the inflater reads at a time: the uncertainty of the compressed count. */
    static final int INPUT_BUFFER = 8 << 10;

    private GuardedInput() {}

    /** A limit an input broke, with the sentence saying so. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(String reason) {
            super(reason);
        }
    }

    /** Whether a file starts with the gzip magic bytes. */
    static boolean startsLikeGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        }
    }

    /**
     * The file's content: inflated when {@code gzipped}, else as it is.
     *
     * @throws java.util.zip.ZipException when {@code gzipped} and the file is not gzip data
     */
    static InputStream open(Path file, boolean gzipped, Limits limits) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!gzipped) {
            return new BufferedInputStream(raw, BUFFER);
        }
        try {
            Counting compressed = new Counting(raw);
            return new RatioGuard(new GZIPInputStream(compressed, INPUT_BUFFER), compressed, limits.compressionRatio());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads at most {@code max} bytes of the stream.
     *
     * @param what what the bytes are, as the message names it ("one document")
     * @throws LimitException when there are more
     */
    static byte[] readAtMost(InputStream in, long max, String what) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, max);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            throw new LimitException(
                    "too large for " + what + " once decompressed (the limit is " + Limits.size(max) + ")");
        }
        return bytes;
    }

    /** Counts the bytes read through it (the compressed side of an inflater). */
    static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }

    /** The inflated side, refusing to go on once a stretch of output outgrows its input by the ratio. */
    private static final class RatioGuard extends FilterInputStream {
        private final Counting compressed;
        private final int ratio;
        private final long window;
        private long out;
        private long windowOut;
        private long windowIn;

        RatioGuard(InputStream inflated, Counting compressed, int ratio) {
            super(inflated);
            this.compressed = compressed;
            this.ratio = ratio;
            this.window = 4L * ratio * INPUT_BUFFER;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes are inflated all the same: read them so they are counted
            byte[] sink = new byte[(int) Math.min(BUFFER, Math.max(0, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void advance(int n) throws LimitException {
            out += n;
            if (out - windowOut < window) {
                return;
            }
            long in = compressed.count() - windowIn;
            if (out - windowOut > (in + INPUT_BUFFER) * ratio) {
                throw new LimitException(
                        "decompresses to more than " + ratio + " times its compressed size (a decompression bomb?)");
            }
            windowOut = out;
            windowIn = compressed.count();
        }
    }
}
