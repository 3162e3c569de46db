package io.newsfuse.ingest;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * A {@code Content-Type} header value reduced to what reading needs: the media type and the charset
 * label, so WARC records and fetched pages decide "HTML or not" and decode text the same way.
 *
 * @param mediaType lower-cased {@code type/subtype}, or empty when the header is missing or blank
 * @param charset   the {@code charset} parameter as given, or null
 */
record ContentType(String mediaType, String charset) {
    static final ContentType NONE = new ContentType("", null);

    /** Parses a header value leniently; null or garbage gives {@link #NONE}-like results, never fails. */
    static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = param.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                charset = value.isEmpty() ? null : value;
            }
        }
        return new ContentType(type, charset);
    }

    boolean isKnown() {
        return !mediaType.isEmpty();
    }

    boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    boolean isPlainText() {
        return mediaType.equals("text/plain");
    }

    /** RSS, Atom or generic XML, any of which may hold a feed. */
    boolean isFeedOrXml() {
        return mediaType.equals("application/rss+xml")
                || mediaType.equals("application/atom+xml")
                || mediaType.equals("application/rdf+xml")
                || mediaType.equals("application/xml")
                || mediaType.equals("text/xml");
    }

    /** The declared charset as a Java charset, with browsers' label rules; null when absent or unknown. */
    Charset javaCharset() {
        return HtmlDecoder.charsetForLabel(charset);
    }

    @Override
    public String toString() {
        return mediaType.isEmpty() ? "no content type" : mediaType;
    }
}
