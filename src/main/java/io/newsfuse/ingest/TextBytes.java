package io.newsfuse.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that bytes are text and decodes them strictly as UTF-8, naming the first bad byte.
 *
 * <p>Text files and web pages in the wild carry the odd stray byte: a NUL left by a broken editor or
 * a database export, a control character pasted from a word processor. Such a file is still read (the
 * stray bytes are dropped on decoding); only content in which NUL or control bytes are common, as in
 * images, archives, office documents and UTF-16 without a byte order mark, is refused as binary.
 */
final class TextBytes {
    private static final int SNIFF = 1 << 16;
    /** NUL bytes per thousand sniffed bytes above which content is binary. */
    private static final int NUL_PER_MILLE = 2;
    /** Other control bytes per hundred sniffed bytes above which content is binary. */
    private static final int CONTROL_PERCENT = 5;

    private TextBytes() {}

    /** Rejects content in which NUL bytes or control characters are common, as in binary formats. */
    static void requireText(byte[] bytes) throws UnreadableException {
        int limit = Math.min(bytes.length, SNIFF);
        int control = 0;
        int nul = 0;
        int firstNul = -1;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                nul++;
                if (firstNul < 0) {
                    firstNul = i;
                }
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        // one or two stray NULs never make a file binary, however short it is
        if (nul > 2 && nul * 1000L > (long) limit * NUL_PER_MILLE) {
            throw new UnreadableException(
                    "binary content (" + nul + " NUL bytes, the first at byte " + firstNul + "), not text");
        }
        if (limit > 0 && control * 100L > (long) limit * CONTROL_PERCENT) {
            throw new UnreadableException("binary content (mostly control characters), not text");
        }
    }

    /** The text without NUL characters, which stray bytes leave and no reader wants. */
    static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /** True when the bytes start with a UTF-8 byte order mark. */
    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** Decodes strict UTF-8, dropping a leading byte order mark. */
    static String utf8(byte[] bytes) throws UnreadableException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableException("not valid UTF-8 at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new UnreadableException("not valid UTF-8 at byte " + in.position());
        }
        out.flip();
        return withoutNul(out.toString());
    }

    /** A UTF-8 decoder that reports malformed bytes instead of replacing them. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the bytes are valid UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        try {
            utf8(bytes);
            return true;
        } catch (UnreadableException e) {
            return false;
        }
    }
}
