package io.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Turns JSON records into documents: one object per line (JSON Lines), or for {@code .json} files also
 * a single object or an array of objects. Each record has {@code text} or {@code html} and optionally
 * {@code url}, {@code title}, {@code published}, {@code language} and {@code id}.
 */
final class JsonRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final Consumer<RawDocument> accept;
    private final Consumer<Rejection> reject;

    JsonRecords(String file, Consumer<RawDocument> accept, Consumer<Rejection> reject) {
        this.file = file;
        this.accept = accept;
        this.reject = reject;
    }

    /** Reads a {@code .json} file: a whole document (object or array) when it parses, else lines. */
    void readJson(String content) {
        String trimmed = content.strip();
        if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !looksLikeLines(trimmed))) {
            if (readWhole(content)) {
                return;
            }
        }
        readLines(content);
    }

    /** Reads JSON Lines: each non-blank line is one record; a bad line is rejected and the rest go on. */
    void readLines(String content) {
        int lineNumber = 0;
        int start = 0;
        int length = content.length();
        while (start <= length) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            String line = content.substring(start, end).strip();
            if (!line.isEmpty()) {
                readLine(line, lineNumber);
            }
            start = end + 1;
        }
    }

    private void readLine(String line, int lineNumber) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            reject.accept(new Rejection(file, "line " + lineNumber + ": not valid JSON (" + shortMessage(e) + ")"));
            return;
        }
        record(node, lineNumber, false);
    }

    private boolean readWhole(String content) {
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                JsonNode node = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    return false;
                }
                record(node, 1, true);
                return true;
            }
            if (first != JsonToken.START_ARRAY) {
                return false;
            }
            java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
            java.util.List<Integer> lines = new java.util.ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                lines.add(parser.currentTokenLocation().getLineNr());
                nodes.add(MAPPER.readTree(parser));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                return false;
            }
            for (int i = 0; i < nodes.size(); i++) {
                record(nodes.get(i), lines.get(i), false);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void record(JsonNode node, int lineNumber, boolean wholeFile) {
        String where = "line " + lineNumber + ": ";
        if (!node.isObject()) {
            reject.accept(new Rejection(
                    file,
                    where + "expected a JSON object, found "
                            + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        String url = field(node, "url");
        String text = field(node, "text");
        String html = field(node, "html");
        String source = url != null ? url : wholeFile ? file : file + "#L" + lineNumber;
        RawDocument.Hints hints =
                new RawDocument.Hints(url, field(node, "title"), field(node, "published"), field(node, "language"));
        if (text != null && !text.isBlank()) {
            accept.accept(new RawDocument(source, RawDocument.Format.TEXT, text, hints));
        } else if (html != null && !html.isBlank()) {
            accept.accept(new RawDocument(source, RawDocument.Format.HTML, html, hints));
        } else {
            reject.accept(new Rejection(file, where + "empty text (no \"text\" or \"html\" field with content)"));
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static boolean looksLikeLines(String trimmed) {
        int newline = trimmed.indexOf('\n');
        return newline > 0
                && trimmed.substring(0, newline).strip().endsWith("}")
                && trimmed.substring(newline).strip().startsWith("{");
    }

    private static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
