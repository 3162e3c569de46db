package io.newsfuse.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes the way browsers mostly do: a byte order mark first, then the charset the transport
 * declared (an HTTP {@code Content-Type} header, when there was one), then a charset declared in the
 * first bytes ({@code <meta charset>} or {@code http-equiv}), else UTF-8 when the bytes are valid UTF-8,
 * else windows-1252.
 */
final class HtmlDecoder {
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {}

    static String decode(byte[] bytes) throws UnreadableException {
        return decode(bytes, null);
    }

    /** Decodes with {@code transport} (e.g. from an HTTP header; may be null) ahead of the page's own label. */
    static String decode(byte[] bytes, Charset transport) throws UnreadableException {
        return TextBytes.withoutNul(decodeBytes(bytes, transport));
    }

    private static String decodeBytes(byte[] bytes, Charset transport) throws UnreadableException {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0xFE && b1 == 0xFF) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            }
        }
        TextBytes.requireText(bytes);
        if (TextBytes.hasUtf8Bom(bytes)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (transport != null) {
            return new String(bytes, transport);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            return new String(bytes, declared);
        }
        if (TextBytes.isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The charset named in the first bytes, or null when none is named or it is unknown here. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        return charsetForLabel(m.group(1));
    }

    /** The charset a label names, with browsers' aliases; null when the label is absent or unknown. */
    static Charset charsetForLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        // As browsers do: latin-1 and ascii labels mean windows-1252, and a UTF-16 label in bytes
        // that were readable as ASCII means UTF-8.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16") || name.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
