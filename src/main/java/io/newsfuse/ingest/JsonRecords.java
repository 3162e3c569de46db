package io.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns JSON records into documents: one object per line (JSON Lines), or for {@code .json} files also
 * a single object or an array of objects. Each record has {@code text} or {@code html} and optionally
 * {@code url}, {@code title}, {@code published}, {@code language} and {@code id}.
 *
 * <p>Files are streamed: a JSON Lines file a line at a time (each line decoded on its own, so an
 * undecodable line costs only itself), an array an element at a time, and only the fields above are
 * kept of each record (others are skipped unread), so memory stays bounded by one record whatever the
 * file's size. Jackson's {@link StreamReadConstraints} enforce the {@link Limits}' nesting depth,
 * number length and string length. After {@link #DETAILED} bad records in one file the rest are counted
 * and reported in one closing line.
 */
final class JsonRecords {
    /** Bad records reported one by one per file; the rest are summed up in one line. */
    static final int DETAILED = 10;

    private static final Set<String> FIELDS = Set.of("url", "title", "text", "html", "published", "language", "id");
    /** Fields that must be strings when present: another type makes the record wrong. */
    private static final Set<String> TEXT_FIELDS = Set.of("url", "title", "text", "html");
    /** Where a record's fields say that one known field has the wrong type (never a JSON field name: it has a space). */
    private static final String WRONG_TYPE = " wrong type";

    private final String file;
    private final Consumer<RawDocument> accept;
    private final Consumer<Rejection> reject;
    private final Limits limits;
    private final JsonFactory factory;
    private int bad;
    private int firstUnreported;
    private int lastUnreported;
    private boolean anyRecord;
    /** The line the array reader last reached, for messages about a failure without a location. */
    private int lastLine = 1;

    JsonRecords(String file, Consumer<RawDocument> accept, Consumer<Rejection> reject, Limits limits) {
        this.file = file;
        this.accept = accept;
        this.reject = reject;
        this.limits = limits;
        this.factory = factory(limits);
    }

    /** A parser factory enforcing the limits' depth, number and string sizes. */
    static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.jsonDepth())
                        .maxNumberLength(limits.jsonNumberDigits())
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, limits.documentBytes()))
                        .build())
                .build();
    }

    /**
     * Reads a {@code .json} file: an array is streamed element by element; a whole object (at most
     * {@link Limits#documentBytes()}) is one record; anything else is read as lines.
     */
    void readJson(InputStream in) throws UnreadableException, IOException {
        java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, 4096);
        byte[] head = peek.readNBytes(4096);
        peek.unread(head);
        TextBytes.requireText(head);
        int first = firstNonSpace(head);
        if (first < 0) {
            readLines(peek);
            return;
        }
        if (head[first] == '[') {
            readArray(peek);
            return;
        }
        if (head[first] == '{') {
            byte[] whole = GuardedInput.readAtMost(peek, limits.documentBytes(), "one JSON document");
            if (readWholeObject(whole)) {
                return;
            }
            readLines(new java.io.ByteArrayInputStream(whole));
            return;
        }
        readLines(peek);
    }

    /** Reads JSON Lines: each non-blank line is one record; a bad line is rejected and the rest go on. */
    void readLines(InputStream in) throws UnreadableException, IOException {
        byte[] head = in.readNBytes(1 << 16);
        TextBytes.requireText(head);
        LineReader lines = new LineReader(
                new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), limits.documentBytes());
        byte[] line;
        int lineNumber = 0;
        boolean any = false;
        while ((line = lines.next()) != null) {
            lineNumber++;
            if (lines.overlong()) {
                bad(lineNumber, "longer than " + Limits.size(limits.documentBytes()) + " (the limit for one document)");
                any = true;
                continue;
            }
            String text;
            try {
                text = TextBytes.utf8(line).strip();
            } catch (UnreadableException e) {
                bad(lineNumber, e.getMessage() + " of the line");
                any = true;
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            any = true;
            readLine(text, lineNumber);
        }
        if (!any) {
            throw new UnreadableException("empty text (only whitespace)");
        }
        finish();
    }

    private void readLine(String line, int lineNumber) {
        try (JsonParser parser = factory.createParser(line)) {
            JsonToken token = parser.nextToken();
            Map<String, String> fields = readValue(parser, token);
            if (parser.nextToken() != null) {
                bad(lineNumber, "not valid JSON (more than one value on the line)");
                return;
            }
            record(fields, token, lineNumber, false);
        } catch (IOException e) {
            bad(lineNumber, jsonReason(e));
        }
    }

    private void readArray(InputStream in) throws IOException {
        // decoded by the JDK's strict UTF-8 decoder: the parser's own lets some malformed bytes through
        java.io.Reader strict = new java.io.InputStreamReader(in, TextBytes.strictUtf8());
        try (JsonParser parser = factory.createParser(strict)) {
            parser.nextToken(); // [
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new UnreadableException("unexpected end of the JSON array (a truncated file?)");
                }
                index++;
                int line = parser.currentTokenLocation().getLineNr();
                lastLine = line;
                long start = parser.currentTokenLocation().getCharOffset();
                Map<String, String> fields = readValue(parser, token);
                long size = parser.currentLocation().getCharOffset() - start;
                if (size > limits.documentBytes()) {
                    bad(
                            line,
                            "record " + index + " is larger than " + Limits.size(limits.documentBytes())
                                    + " (the limit for one document)");
                } else {
                    record(fields, token, line, false);
                }
            }
            if (index == 0) {
                throw new UnreadableException("empty JSON array (no records)");
            }
        } catch (UnreadableException e) {
            reject.accept(new Rejection(file, e.getMessage() + recordsKept()));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null || e.getLocation().getLineNr() <= 0
                    ? lastLine
                    : e.getLocation().getLineNr();
            reject.accept(new Rejection(file, "line " + line + ": " + jsonReason(e) + recordsKept()));
        } catch (java.nio.charset.CharacterCodingException e) {
            reject.accept(new Rejection(file, "not valid UTF-8 after line " + lastLine + recordsKept()));
        }
        finish();
    }

    private boolean readWholeObject(byte[] content) {
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken token = parser.nextToken();
            Map<String, String> fields = readValue(parser, token);
            if (parser.nextToken() != null) {
                return false;
            }
            record(fields, token, 1, true);
            finish();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the value starting at {@code token}: for an object, its known scalar fields (every other
     * field and every nested value skipped without being built); for anything else, null.
     */
    private static Map<String, String> readValue(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (TEXT_FIELDS.contains(name) && value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                // a known field of the wrong type ("text": 42) makes the record wrong, not its text "42"
                fields.putIfAbsent(WRONG_TYPE, "\"" + name + "\" should be a string, found " + kind(value));
            }
            if (value == JsonToken.VALUE_NUMBER_FLOAT && Double.isInfinite(parser.getDoubleValue())) {
                // 1e99999999: valid JSON, but no number any reader can hold; the record is broken, not its text
                fields.putIfAbsent(WRONG_TYPE, "\"" + name + "\" is a number too large to read");
            }
            if (value.isStructStart()) {
                parser.skipChildren();
            } else if (FIELDS.contains(name)
                    && value != JsonToken.VALUE_NULL
                    && (value == JsonToken.VALUE_STRING || !TEXT_FIELDS.contains(name))) {
                String text = parser.getText();
                if (!text.isBlank()) {
                    fields.put(name, wellFormed(text));
                }
            }
        }
        return fields;
    }

    /**
     * The text with every unpaired surrogate (a JSON escape such as {@code \\ud800} alone, which is no
     * character) replaced by U+FFFD, so that it can be written as UTF-8 anywhere later.
     */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!paired && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(paired ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private void record(Map<String, String> fields, JsonToken token, int lineNumber, boolean wholeFile) {
        if (fields == null) {
            bad(lineNumber, "expected a JSON object, found " + kind(token));
            return;
        }
        if (fields.containsKey(WRONG_TYPE)) {
            bad(lineNumber, fields.get(WRONG_TYPE));
            return;
        }
        String url = fields.get("url");
        String text = fields.get("text");
        String html = fields.get("html");
        String source = url != null ? url : wholeFile ? file : file + "#L" + lineNumber;
        RawDocument.Hints hints =
                new RawDocument.Hints(url, fields.get("title"), fields.get("published"), fields.get("language"));
        if (text != null) {
            anyRecord = true;
            accept.accept(new RawDocument(source, RawDocument.Format.TEXT, text, hints));
        } else if (html != null) {
            anyRecord = true;
            accept.accept(new RawDocument(source, RawDocument.Format.HTML, html, hints));
        } else {
            bad(lineNumber, "empty text (no \"text\" or \"html\" field with content)");
        }
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "an empty value";
            default -> token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : token.asString();
        };
    }

    /** One bad record: reported with its line while few, else counted for the closing line. */
    private void bad(int lineNumber, String reason) {
        bad++;
        if (bad <= DETAILED) {
            reject.accept(new Rejection(file, "line " + lineNumber + ": " + reason));
            return;
        }
        if (firstUnreported == 0) {
            firstUnreported = lineNumber;
        }
        lastUnreported = lineNumber;
    }

    private void finish() {
        int unreported = bad - DETAILED;
        if (unreported > 0) {
            reject.accept(new Rejection(
                    file,
                    unreported + " more bad record" + (unreported == 1 ? "" : "s") + " between lines " + firstUnreported
                            + " and " + lastUnreported + " (not shown one by one)"));
            bad = DETAILED;
        }
    }

    private String recordsKept() {
        return anyRecord ? "; the records before it were kept" : "";
    }

    /** The user's sentence for a JSON parser's complaint. */
    private static final java.util.regex.Pattern EXPECTED =
            java.util.regex.Pattern.compile("[:;,]?\\s*(was expecting|expected|expecting)\\b.*$");

    static String jsonReason(IOException e) {
        if (e instanceof StreamConstraintsException c) {
            String message = String.valueOf(c.getOriginalMessage());
            if (message.contains("nesting depth")) {
                return "JSON nested more than " + maxOf(message) + " levels deep (the limit)";
            }
            if (message.contains("Number value length")) {
                return "a number longer than " + maxOf(message) + " digits (the limit)";
            }
            if (message.contains("String value length")) {
                return "a string longer than " + maxOf(message) + " characters (the limit)";
            }
            return "JSON beyond newsfuse's limits (" + firstLine(message) + ")";
        }
        if (e instanceof JsonProcessingException j) {
            // Jackson's words up to its list of what it expected, which names Java-ish tokens
            String what = EXPECTED.matcher(firstLine(String.valueOf(j.getOriginalMessage())))
                    .replaceFirst("")
                    .strip();
            int column = j.getLocation() == null ? -1 : j.getLocation().getColumnNr();
            return "not valid JSON" + (column > 0 ? " at column " + column : "")
                    + (what.isEmpty() ? "" : " (" + what + ")");
        }
        return "cannot read JSON: " + FileBytes.describe(e);
    }

    /** The allowed maximum a Jackson constraint message names ("... exceeds the maximum allowed (1000, ..."). */
    private static String maxOf(String message) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(message);
        return m.find() ? m.group(1) : "the allowed";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = (newline >= 0 ? message.substring(0, newline) : message).strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static int firstNonSpace(byte[] bytes) {
        int start = TextBytes.hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    /** Splits a byte stream at newlines, keeping at most {@code max} bytes of any line. */
    static final class LineReader {
        private final InputStream in;
        private final long max;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean overlong;
        private boolean ended;

        LineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        /** Whether the line last returned was cut (it was longer than the limit; the rest was skipped). */
        boolean overlong() {
            return overlong;
        }

        /** The next line without its end, or null at the end of the stream. */
        byte[] next() throws IOException {
            if (ended) {
                return null;
            }
            overlong = false;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return any ? line.toByteArray() : null;
                    }
                }
                any = true;
                int newline = -1;
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        newline = i;
                        break;
                    }
                }
                int end = newline < 0 ? limit : newline;
                if (!overlong) {
                    if (line.size() + (long) (end - position) > max) {
                        overlong = true;
                        line.reset();
                    } else {
                        line.write(buffer, position, end - position);
                    }
                }
                position = newline < 0 ? limit : newline + 1;
                if (newline >= 0) {
                    return line.toByteArray();
                }
            }
        }
    }
}
