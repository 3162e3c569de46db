package io.newsfuse.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks that bytes are text and decodes them strictly as UTF-8, naming the first bad byte. */
final class TextBytes {
    private static final int SNIFF = 1 << 16;

    private TextBytes() {}

    /** Rejects content that holds NUL bytes or is mostly control characters. */
    static void requireText(byte[] bytes) throws UnreadableException {
        int limit = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new UnreadableException("binary content (NUL byte at byte " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        if (limit > 0 && control * 10 > limit) {
            throw new UnreadableException("binary content (mostly control characters), not text");
        }
    }

    /** True when the bytes start with a UTF-8 byte order mark. */
    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** Decodes strict UTF-8, dropping a leading byte order mark. */
    static String utf8(byte[] bytes) throws UnreadableException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
        return out.toString();
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
