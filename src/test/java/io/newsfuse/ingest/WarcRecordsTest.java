package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.extract.Article;
import io.newsfuse.extract.ArticleExtractor;
import io.newsfuse.extract.LanguageDetector;
import io.newsfuse.ingest.WarcFixtures.Capture;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcRecordsTest {
    private static final Instant CRAWLED = Instant.parse("2031-05-06T08:30:00Z");

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private static String page(String headline, String head) {
        return WarcFixtures.page(headline, head);
    }

    private long[] writeWarc(Path file, boolean gzip, Capture... captures) throws IOException {
        return WarcFixtures.write(file, gzip, CRAWLED, captures);
    }

    private void read(Path path) {
        reader.read(path, docs::add, rejections::add);
    }

    @Test
    void keepsHtml200ResponsesAndReportsSkippedRecordsInOneLine() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        writeWarc(
                warc,
                true,
                Capture.html("https://tidings.example/ferry", page("Ferry service resumes", "")),
                new Capture(
                        "https://tidings.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Capture("https://tidings.example/feed.json", 200, "application/json", "{}".getBytes()),
                new Capture(
                        "https://tidings.example/gone",
                        404,
                        "text/html",
                        page("Not found", "").getBytes()),
                Capture.html("https://harbour-post.example/crews", page("Crews return to the ferries", "")));
        read(warc);
        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly("https://tidings.example/ferry", "https://harbour-post.example/crews");
        assertThat(docs).allSatisfy(doc -> {
            assertThat(doc.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(doc.hints().url()).isEqualTo(doc.source());
            assertThat(doc.body()).contains("Isle of Wend");
        });
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(warc.toAbsolutePath() + ": 3 records skipped (2 not HTML, 1 not 200)");
    }

    @Test
    void readsPlainWarcFilesInsideFolders() throws IOException {
        Files.createDirectories(dir.resolve("crawl"));
        writeWarc(dir.resolve("crawl/a.warc"), false, Capture.html("https://tidings.example/a", page("A", "")));
        writeWarc(dir.resolve("crawl/b.warc.gz"), true, Capture.html("https://tidings.example/b", page("B", "")));
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly("https://tidings.example/a", "https://tidings.example/b");
    }

    @Test
    void httpHeaderCharsetComesBeforeTheMetaTag() throws IOException {
        String html =
                "<html><head><meta charset=\"utf-8\"></head><body><p>Le café de la gare a rouvert.</p></body></html>";
        Path warc = dir.resolve("latin.warc.gz");
        writeWarc(
                warc,
                true,
                new Capture(
                        "https://gazette.example/cafe",
                        200,
                        "text/html; charset=windows-1252",
                        html.getBytes(Charset.forName("windows-1252"))));
        read(warc);
        assertThat(docs).singleElement().satisfies(doc -> assertThat(doc.body()).contains("Le café de la gare"));
    }

    @Test
    void warcDateIsOnlyAFallbackWhenThePageGivesNoDate() throws IOException {
        Path warc = dir.resolve("dates.warc.gz");
        writeWarc(
                warc,
                true,
                Capture.html("https://tidings.example/undated", page("Undated", "")),
                Capture.html(
                        "https://tidings.example/dated",
                        page("Dated", "<meta property=\"article:published_time\" content=\"2031-05-01T07:00:00Z\">")),
                Capture.html("https://tidings.example/2031/04/30/in-url", page("In the URL", "")));
        read(warc);
        assertThat(docs).extracting(doc -> doc.hints().published()).containsOnlyNulls();
        assertThat(docs).extracting(doc -> doc.hints().fallbackPublished()).containsOnly(CRAWLED.toString());

        ArticleExtractor extractor = new ArticleExtractor(new LanguageDetector(List.of("en", "de")));
        List<Article> articles = docs.stream().map(extractor::extract).toList();
        assertThat(articles)
                .extracting(Article::published)
                .containsExactly(LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 1), LocalDate.of(2031, 4, 30));
        assertThat(articles)
                .extracting(Article::dateOrigin)
                .containsExactly(Article.DateOrigin.CONTAINER, Article.DateOrigin.METADATA, Article.DateOrigin.URL);
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheDamageAndSaysHowMany() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        long[] ends = writeWarc(
                whole,
                true,
                Capture.html("https://tidings.example/1", page("One", "")),
                Capture.html("https://tidings.example/2", page("Two", "")),
                Capture.html("https://tidings.example/3", page("Three", "")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, (int) (ends[1] + (ends[2] - ends[1]) / 2)));
        read(cut);
        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly("https://tidings.example/1", "https://tidings.example/2");
        // warcinfo + (request, response) x 2 + the third request = 6 whole records before the damage
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(cut.toAbsolutePath().toString());
            assertThat(r.reason())
                    .startsWith("truncated or damaged after 6 records")
                    .contains("end of file")
                    .doesNotContain("\n");
        });
    }

    @Test
    void truncatedPlainWarcInTheMiddleOfABody() throws IOException {
        Path whole = dir.resolve("whole.warc");
        long[] ends = writeWarc(
                whole,
                false,
                Capture.html("https://tidings.example/1", page("One", "")),
                Capture.html("https://tidings.example/2", page("Two", "")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(bytes, (int) (ends[1] - 200)));
        read(cut);
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://tidings.example/1");
        assertThat(rejections)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("truncated or damaged after 4 records"));
    }

    @Test
    void notAWarcFileIsOneClearLine() throws IOException {
        Path bogus = dir.resolve("bogus.warc");
        Files.writeString(bogus, "this is a plain note, not an archive\n");
        read(bogus);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("not a readable WARC file"));
    }

    @Test
    void emptyWarcAndResponsesWithoutTextAreReported() throws IOException {
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);
        Path blank = dir.resolve("blank.warc.gz");
        writeWarc(
                blank,
                true,
                Capture.html(
                        "https://tidings.example/blank",
                        "<html><head><title>Only a title</title></head><body>  </body></html>"));
        read(empty);
        read(blank);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .extracting(Rejection::reason)
                .containsExactly("empty WARC file (no records)", "1 record skipped (1 no text)");
    }

    @Test
    void malformedHttpInOneRecordCostsOnlyThatRecord() throws IOException {
        Path warc = dir.resolve("mixed.warc");
        try (WarcWriter writer =
                new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            writer.write(new WarcResponse.Builder(URI.create("https://tidings.example/x"))
                    .date(CRAWLED)
                    .body(
                            MediaType.HTTP_RESPONSE,
                            "this is not an HTTP response at all".getBytes(StandardCharsets.US_ASCII))
                    .build());
        }
        Path more = dir.resolve("more.warc");
        WarcFixtures.write(more, false, CRAWLED, Capture.html("https://tidings.example/ok", page("Fine", "")));
        Files.write(warc, Files.readAllBytes(more), StandardOpenOption.APPEND);
        read(warc);
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://tidings.example/ok");
        assertThat(rejections).extracting(Rejection::reason).containsExactly("1 record skipped (1 unreadable)");
    }
}
