package io.newsfuse.ingest;

import java.util.Objects;

/**
 * A file or record that could not be read, and why, in words a user can act on.
 *
 * @param source the file, URL or record that was rejected
 * @param reason one line, e.g. "not valid UTF-8 at byte 1042"
 * @param cause  the failure behind an unexpected rejection, for {@code --verbose}; null for the usual
 *               ones (bad bytes, broken archives), whose reason says everything. Not part of equality.
 */
public record Rejection(String source, String reason, Throwable cause) {

    /** A rejection whose reason says everything. */
    public Rejection(String source, String reason) {
        this(source, reason, null);
    }

    /**
     * The one-line message shown to the user. Control characters (a newline in a file name, an escape
     * sequence, a right-to-left override) are shown escaped, so a hostile name can neither split the line
     * nor drive the terminal.
     */
    public String message() {
        return printable(source) + ": " + printable(reason);
    }

    /** The text with control characters written as backslash escapes: a newline as backslash and n, and so on. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == (char) 0x2028 || c == (char) 0x2029 || bidi(c);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Bidirectional controls, which can make a name read as another (an "exe" shown as "txt"). */
    private static boolean bidi(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rejection r && Objects.equals(source, r.source) && Objects.equals(reason, r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, reason);
    }
}
