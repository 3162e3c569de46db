package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.ArticleExtractor;
import io.newsfuse.extract.LanguageDetector;
import io.newsfuse.ingest.WarcFixtures.Capture;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end from reader to store (without the NLP analysis): documents are stored as they stream in,
 * so a later bad input (a truncated archive, a binary file, an unreachable address) costs only itself.
 */
class StoreAfterBadInputTest {
    private static final Instant CRAWLED = Instant.parse("2031-05-06T08:30:00Z");

    @TempDir
    Path dir;

    private final DocumentReader reader =
            new DocumentReader(new HttpFetcher(HttpFetcherTest.FAST), DocumentReader.DEFAULT_FEED_ITEM_LIMIT);
    private final ArticleExtractor extractor = new ArticleExtractor(new LanguageDetector(List.of("en", "de")));
    private final List<Rejection> rejections = new ArrayList<>();

    private void ingest(Store store, String input) {
        reader.read(
                input,
                doc -> {
                    Article article = extractor.extract(doc);
                    store.saveArticles(List.of(
                            new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), null)));
                },
                rejections::add);
    }

    @Test
    void articlesStoredEarlierStayStoredAfterBadInputs() throws IOException {
        Path good = dir.resolve("in/crawl-1.warc.gz");
        Files.createDirectories(good.getParent());
        WarcFixtures.write(
                good,
                true,
                CRAWLED,
                Capture.html("https://tidings.example/ferry", WarcFixtures.page("Ferry service resumes", "")),
                Capture.html("https://harbour-post.example/crews", WarcFixtures.page("Crews return", "")));
        Path storeDir = dir.resolve("store");
        try (Store store = Stores.open(storeDir)) {
            ingest(store, good.toString());
            assertThat(rejections).isEmpty();
            assertThat(store.articles()).hasSize(2);
        }

        Path whole = dir.resolve("whole.warc.gz");
        long[] ends = WarcFixtures.write(
                whole,
                true,
                CRAWLED,
                Capture.html("https://gazette.example/timetable", WarcFixtures.page("Timetable restored", "")),
                Capture.html("https://gazette.example/lost", WarcFixtures.page("Never read", "")));
        Path cut = dir.resolve("in/crawl-2.warc.gz");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(whole), (int) (ends[0] + (ends[1] - ends[0]) / 2)));
        Path binary = dir.resolve("in/photo.html");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 74, 70, 73, 70});
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        try (Store store = Stores.open(storeDir)) {
            ingest(store, cut.toString());
            ingest(store, binary.toString());
            ingest(store, "http://127.0.0.1:" + closedPort + "/feed.xml");
        }

        assertThat(rejections)
                .extracting(Rejection::reason)
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("truncated or damaged after 4 records"),
                        r -> assertThat(r).startsWith("binary content"),
                        r -> assertThat(r).startsWith("cannot connect to 127.0.0.1:" + closedPort));
        try (Store store = Stores.open(storeDir)) {
            assertThat(store.articles())
                    .extracting(a -> a.article().source())
                    .containsExactlyInAnyOrder(
                            "https://tidings.example/ferry",
                            "https://harbour-post.example/crews",
                            "https://gazette.example/timetable");
        }
    }
}
