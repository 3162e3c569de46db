package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final String STORY =
            "Harbour bridge reopens\n\nThe bridge over the Lune estuary reopened on Tuesday.\n";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private void read(Path path) {
        reader.read(path, docs::add, rejections::add);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readsTextFileWithAbsolutePathAsSource() throws IOException {
        Path file = write("story.txt", STORY);
        read(file);
        assertThat(rejections).isEmpty();
        assertThat(docs).singleElement().satisfies(doc -> {
            assertThat(doc.format()).isEqualTo(RawDocument.Format.TEXT);
            assertThat(doc.body()).isEqualTo(STORY);
            assertThat(doc.source()).isEqualTo(file.toAbsolutePath().normalize().toString());
        });
    }

    @Test
    void aSavedPageNamedTxtIsReadAsThePageItIs() throws IOException {
        write(
                "saved.txt",
                "\n<!DOCTYPE html>\n<html><head><title>Ferry back</title></head>"
                        + "<body><p>The ferry is back in service.</p></body></html>");
        write("plain.txt", "The ferry is back in service. <b> is how bold is written.");
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(RawDocument::format)
                .containsExactly(RawDocument.Format.TEXT, RawDocument.Format.HTML);
        assertThat(docs.get(1).body()).contains("<p>The ferry is back in service.</p>");
    }

    @Test
    void aSavedFeedOrRecordsNamedTxtAreReadAsWhatTheyAreSoEmptyOnesAreRejected() throws IOException {
        write("empty-feed.txt", "<rss version=\"2.0\"></rss>");
        write("blank-record.txt", "{\"text\": \"   \"}");
        write(
                "feed.txt",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tidings</title><item>"
                        + "<title>Ferry back</title><description>The ferry is back in service.</description>"
                        + "</item></channel></rss>");
        write("bracketed.txt", "[Update] The ferry is back in service, the operator said {on Friday}.");
        read(dir);
        assertThat(rejections)
                .extracting(r -> Path.of(r.source()).getFileName().toString())
                .containsExactlyInAnyOrder("blank-record.txt", "empty-feed.txt");
        assertThat(docs)
                .extracting(d -> d.source().substring(d.source().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("bracketed.txt", "feed.txt#entry1");
    }

    @Test
    void aFeedOrJsonArrayWithMalformedUtf8IsRejectedNotReadWithReplacedBytes() throws IOException {
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        write(
                "bad.rss",
                concat(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item>"
                                + "<title>Ferry</title><description>",
                        overlong,
                        "The ferry is back.</description></item></channel></rss>"));
        write("bad.json", concat("[{\"text\": \"", surrogate, "The ferry is back in service.\"}]"));
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections).hasSize(2).allSatisfy(r -> assertThat(r.reason()).contains("not valid UTF-8"));
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void readsGzippedTextAndHtml() throws IOException {
        write("a.txt.gz", gzip(STORY.getBytes(StandardCharsets.UTF_8)));
        write(
                "b.html.gz",
                gzip("<html><body><p>Ferry back in service</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(RawDocument::format)
                .containsExactly(RawDocument.Format.TEXT, RawDocument.Format.HTML);
        assertThat(docs.get(0).body()).isEqualTo(STORY);
        assertThat(docs.get(1).body()).contains("Ferry back in service");
    }

    @Test
    void walksFolderRecursivelyInSortedOrderSkippingHiddenAndUnknownFiles() throws IOException {
        write("b/second.txt", "Second story text.");
        write("a.htm", "<p>First page</p>");
        write("c.txt", "Third story text.");
        write(".hidden.txt", "Hidden text.");
        write(".git/config.txt", "Hidden folder text.");
        write("notes.pdf", "not read");
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(d -> Path.of(d.source()).getFileName().toString())
                .containsExactly("a.htm", "second.txt", "c.txt");
    }

    @Test
    void readsJsonLinesWithHintsAndSources() throws IOException {
        Path file = write("feed.jsonl", """
                {"id":"a1","url":"https://example.org/2031/05/02/bridge","title":"Bridge reopens","text":"The bridge reopened.","published":"2031-05-02","language":"en"}

                {"id":"a2","html":"<p>Ferry resumes.</p>"}
                """);
        read(file);
        assertThat(rejections).isEmpty();
        assertThat(docs).hasSize(2);
        RawDocument first = docs.get(0);
        assertThat(first.source()).isEqualTo("https://example.org/2031/05/02/bridge");
        assertThat(first.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(first.hints())
                .isEqualTo(new RawDocument.Hints(
                        "https://example.org/2031/05/02/bridge", "Bridge reopens", "2031-05-02", "en"));
        RawDocument second = docs.get(1);
        assertThat(second.source()).isEqualTo(file.toAbsolutePath() + "#L3");
        assertThat(second.format()).isEqualTo(RawDocument.Format.HTML);
    }

    @Test
    void readsJsonArrayAndSingleObject() throws IOException {
        write("many.json", """
                [
                  {"title":"One","text":"First record text."},
                  {"title":"Two","text":"Second record text."}
                ]
                """);
        write("one.json", """
                {
                  "url": "https://example.org/one",
                  "text": "Only record text."
                }
                """);
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(RawDocument::body)
                .containsExactly("First record text.", "Second record text.", "Only record text.");
        assertThat(docs.get(1).source()).endsWith("many.json#L3");
        assertThat(docs.get(2).source()).isEqualTo("https://example.org/one");
    }

    @Test
    void rejectsBadJsonLineAndGoesOn() throws IOException {
        Path file = write(
                "feed.jsonl",
                "{\"text\":\"Good one.\"}\n{\"text\": broken\n{\"text\":\"Good two.\"}\n{\"title\":\"no body\"}\n");
        read(file);
        assertThat(docs).extracting(RawDocument::body).containsExactly("Good one.", "Good two.");
        assertThat(rejections)
                .extracting(Rejection::message)
                .satisfiesExactly(
                        m -> assertThat(m)
                                .contains("feed.jsonl")
                                .contains("line 2")
                                .contains("not valid JSON"),
                        m -> assertThat(m)
                                .contains("feed.jsonl")
                                .contains("line 4")
                                .contains("empty text"));
    }

    @Test
    void aJsonRecordOfTheWrongShapeIsRejectedInWordsAndTheTextIsKeptWellFormed() throws IOException {
        Path file = write(
                "typed.jsonl",
                "{\"id\": 7, \"text\": 42}\nnull\n{\"text\": [\"a\"]}\n{\"text\": \"x\"} trailing\n"
                        + "{\"id\": 8, \"text\": \"Lone \\ud800 half.\"}\n"
                        + "{\"text\": \"A ferry story.\", \"n\": 1e99999999}\n");
        read(file);
        assertThat(docs).extracting(RawDocument::body).containsExactly("Lone \uFFFD half.");
        assertThat(rejections)
                .extracting(Rejection::reason)
                .satisfiesExactly(
                        r -> assertThat(r).isEqualTo("line 1: \"text\" should be a string, found a number"),
                        r -> assertThat(r).isEqualTo("line 2: expected a JSON object, found an empty value"),
                        r -> assertThat(r).isEqualTo("line 3: \"text\" should be a string, found an array"),
                        r -> assertThat(r)
                                .startsWith("line 4: not valid JSON at column ")
                                .contains("'trailing'")
                                .doesNotContain("expecting", "null"),
                        r -> assertThat(r).isEqualTo("line 6: \"n\" is a number too large to read"));
    }

    @Test
    void rejectsBinaryFile() throws IOException {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 7);
        bytes[10] = 0;
        write("image.txt", bytes);
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .singleElement()
                .extracting(Rejection::message)
                .asString()
                .contains("image.txt")
                .contains("binary");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByte() throws IOException {
        byte[] bytes = "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1);
        write("latin.txt", bytes);
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .singleElement()
                .extracting(Rejection::message)
                .asString()
                .contains("latin.txt")
                .contains("not valid UTF-8 at byte 3");
    }

    @Test
    void rejectsEmptyAndBlankFiles() throws IOException {
        write("empty.txt", "");
        write("blank.jsonl", "  \n\n");
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .extracting(Rejection::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("blank.jsonl").contains("empty"),
                        m -> assertThat(m).contains("empty.txt").contains("empty file"));
    }

    @Test
    void rejectsTruncatedGzip() throws IOException {
        byte[] full = gzip(STORY.repeat(50).getBytes(StandardCharsets.UTF_8));
        write("cut.txt.gz", Arrays.copyOf(full, full.length / 2));
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .singleElement()
                .extracting(Rejection::message)
                .asString()
                .contains("cut.txt.gz")
                .contains("truncated gzip");
    }

    @Test
    void rejectsMissingPathAndUnsupportedNamedFile() throws IOException {
        read(dir.resolve("nowhere.txt"));
        Path pdf = write("report.pdf", "x");
        read(pdf);
        assertThat(rejections)
                .extracting(Rejection::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("nowhere.txt").contains("no such file"),
                        m -> assertThat(m).contains("report.pdf").contains("unsupported file type"));
    }

    @Test
    void decodesHtmlByDeclaredCharsetElseUtf8ElseWindows1252() throws IOException {
        Charset latin2 = Charset.forName("ISO-8859-2");
        write(
                "a.html",
                "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Łódź</p></body></html>".getBytes(latin2));
        write("b.html", "<p>Zürich – caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        write("c.html", "<p>Caf\u00e9 \u201cquoted\u201d</p>".getBytes(Charset.forName("windows-1252")));
        byte[] bom = "\uFEFF<p>na\u00efve</p>".getBytes(StandardCharsets.UTF_8);
        write("d.html", bom);
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(RawDocument::body)
                .satisfiesExactly(
                        b -> assertThat(b).contains("Łódź"),
                        b -> assertThat(b).contains("Zürich – café"),
                        b -> assertThat(b).contains("Café \u201cquoted\u201d"),
                        b -> assertThat(b).isEqualTo("<p>naïve</p>"));
    }

    @Test
    void countsAcceptedAndRejected() throws IOException {
        write("a.txt", "Some story.");
        write("b.txt", "");
        IngestSummary summary = reader.readCounting(dir, docs::add, rejections::add);
        assertThat(summary).isEqualTo(new IngestSummary(1, 1));
    }

    @Test
    void rejectsHtmlPageWithNoBodyText() throws IOException {
        write(
                "shell.html",
                "<!doctype html><html><head><title>Loading…</title>"
                        + "<script>render()</script></head><body><div id=\"app\"></div></body></html>");
        write("headless.htm", "<html><head><meta charset=\"utf-8\"><title>Nothing</title></head></html>");
        read(dir);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        dir.resolve("headless.htm") + ": HTML page with no text in its body",
                        dir.resolve("shell.html") + ": HTML page with no text in its body");
    }

    @Test
    void badInputsAmongGoodOnesAreOneLineEachAndTheGoodOnesStillRead() throws IOException {
        write("1-story.txt", STORY);
        byte[] full = gzip(STORY.repeat(50).getBytes(StandardCharsets.UTF_8));
        write("2-cut.html.gz", Arrays.copyOf(full, full.length / 2));
        write("3-latin.txt", "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[64];
        Arrays.fill(binary, (byte) 7);
        binary[3] = 0;
        write("4-photo.html", binary);
        write("5-story.html", "<html><body><p>The bridge reopened.</p></body></html>");
        read(dir);
        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly(
                        dir.resolve("1-story.txt").toString(),
                        dir.resolve("5-story.html").toString());
        assertThat(rejections)
                .extracting(Rejection::message)
                .satisfiesExactly(
                        m -> assertThat(m)
                                .endsWith("2-cut.html.gz: truncated gzip data (unexpected end of compressed stream)"),
                        m -> assertThat(m).endsWith("3-latin.txt: not valid UTF-8 at byte 3"),
                        m -> assertThat(m)
                                .endsWith("4-photo.html: binary content (mostly control characters), not text"));
        assertThat(rejections).allSatisfy(r -> assertThat(r.message()).doesNotContain("\n"));
    }

    @Test
    void inputStringsAreAddressesOrPaths() throws IOException {
        Path file = write("story.txt", STORY);
        reader.read(file.toString(), docs::add, rejections::add);
        reader.read(dir.resolve("missing.txt").toString(), docs::add, rejections::add);
        reader.read("gopher://old.example/story", docs::add, rejections::add);
        assertThat(docs).extracting(RawDocument::source).containsExactly(file.toString());
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        dir.resolve("missing.txt") + ": no such file or folder",
                        "gopher://old.example/story: only http and https addresses can be read");
    }

    @org.junit.jupiter.api.Test
    void aHugeTextFileIsRejectedWithoutBeingReadWhileItsNeighboursAreRead() throws IOException {
        write("small.txt", STORY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path huge = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L << 20);
        }

        read(dir);

        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly(dir.resolve("small.txt").toString());
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("huge.txt");
            assertThat(r.reason()).contains("too large").contains("200 MB");
        });
    }
}
