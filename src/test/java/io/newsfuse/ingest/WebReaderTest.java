package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebReaderTest {
    private final LocalWebServer site =
            new LocalWebServer().page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.FAST);
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private static String page(String headline, String head) {
        return "<html><head><title>" + headline + "</title>" + head + "</head><body><article><h1>" + headline
                + "</h1><p>Deck crews on the Wend ferries returned to work on Tuesday after a three-day strike.</p>"
                + "</article></body></html>";
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Post</title><link>%s</link>
                  <item><title>Strike ends</title><link>%s</link><pubDate>Tue, 06 May 2031 09:15:00 GMT</pubDate></item>
                  <item><title>Crews return</title><link>%s</link><pubDate>Tue, 06 May 2031 11:00:00 GMT</pubDate></item>
                  <item><title>Union memo</title><link>%s</link>
                    <description>The union told members the deal covers rosters until next spring.</description></item>
                  <item><title>Gone</title><link>%s</link></item>
                </channel></rss>
                """.formatted(
                        site.url("/"),
                        site.url("/news/one"),
                        "/news/two",
                        site.url("/private/three"),
                        site.url("/news/missing"));
    }

    private void read(DocumentReader reader, String input) {
        reader.read(input, docs::add, rejections::add);
    }

    private void read(String input) {
        read(new DocumentReader(fetcher, DocumentReader.DEFAULT_FEED_ITEM_LIMIT), input);
    }

    @Test
    void feedAddressFetchesEachItemsPage() {
        site.page("/feed.xml", "application/rss+xml", feed())
                .page(
                        "/news/one",
                        "text/html",
                        page(
                                "Strike ends",
                                "<meta property=\"article:published_time\" content=\"2031-05-06T08:00:00Z\">"))
                .page("/news/two", "text/html", page("Crews return", ""));
        read(site.url("/feed.xml"));
        assertThat(docs)
                .extracting(RawDocument::source)
                .containsExactly(site.url("/news/one"), site.url("/news/two"), site.url("/private/three"));
        RawDocument one = docs.get(0);
        assertThat(one.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(one.hints().title()).isEqualTo("Strike ends");
        assertThat(one.hints().published())
                .as("the feed's date is only a fallback")
                .isNull();
        assertThat(docs.get(1).hints().fallbackPublished()).isEqualTo("2031-05-06T11:00:00Z");
        RawDocument summary = docs.get(2);
        assertThat(summary.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(summary.body()).isEqualTo("The union told members the deal covers rosters until next spring.");
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        site.url("/private/three")
                                + ": disallowed by robots.txt; used the feed entry's own text instead",
                        site.url("/news/missing") + ": HTTP 404");
        assertThat(site.pathsSeen()).doesNotContain("/private/three");
    }

    @Test
    void feedItemsBeyondTheLimitAreCountedNotFetched() {
        site.page("/feed.xml", "text/xml", feed()).page("/news/one", "text/html", page("Strike ends", ""));
        read(new DocumentReader(fetcher, 1), site.url("/feed.xml"));
        assertThat(docs).extracting(RawDocument::source).containsExactly(site.url("/news/one"));
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(site.url("/feed.xml") + ": 3 more entries not read (limit 1 per feed)");
        assertThat(site.pathsSeen()).doesNotContain("/news/two");
    }

    @Test
    void pageAddressBecomesOneHtmlDocumentAtItsFinalAddress() {
        site.page("/news/one", "text/html; charset=utf-8", page("Strike ends", ""))
                .redirect("/s/1", 301, "/news/one");
        read(site.url("/s/1"));
        assertThat(rejections).isEmpty();
        assertThat(docs).singleElement().satisfies(doc -> {
            assertThat(doc.source()).isEqualTo(site.url("/news/one"));
            assertThat(doc.hints().url()).isEqualTo(site.url("/news/one"));
            assertThat(doc.body()).contains("Wend ferries");
        });
    }

    @Test
    void plainTextAddressIsATextDocument() {
        site.page("/notes.txt", "text/plain; charset=utf-8", "Ferry strike ends\n\nCrews returned on Tuesday.\n");
        read(site.url("/notes.txt"));
        assertThat(docs)
                .singleElement()
                .satisfies(doc -> assertThat(doc.format()).isEqualTo(RawDocument.Format.TEXT));
    }

    @Test
    void failuresAreOneLineEachAndTheReadGoesOn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        site.stalled("/slow")
                .bytes("/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("/blank", "text/html", "<html><head><title>Nothing</title></head><body></body></html>")
                .page("/news/one", "text/html", page("Strike ends", ""));
        String unreachable = "http://127.0.0.1:" + closedPort + "/news";
        DocumentReader reader = new DocumentReader(fetcher, 5);
        for (String input : List.of(
                site.url("/missing"),
                unreachable,
                site.url("/slow"),
                site.url("/logo.png"),
                site.url("/blank"),
                "ftp://files.example/story.txt",
                site.url("/news/one"))) {
            read(reader, input);
        }
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        site.url("/missing") + ": HTTP 404",
                        unreachable + ": cannot connect to 127.0.0.1:" + closedPort
                                + " (connection refused or unreachable)",
                        site.url("/slow") + ": no response within 3 s",
                        site.url("/logo.png") + ": not a page or a feed (image/png)",
                        site.url("/blank") + ": HTML page with no text in its body",
                        "ftp://files.example/story.txt: only http and https addresses can be read");
        assertThat(docs).extracting(RawDocument::source).containsExactly(site.url("/news/one"));
    }

    @Test
    void recognisesAddressesAndLeavesPathsAlone() {
        assertThat(DocumentReader.isAddress("https://tidings.example/feed.xml")).isTrue();
        assertThat(DocumentReader.isAddress("examples/ferry/one.html")).isFalse();
        assertThat(DocumentReader.isAddress("/data/https-notes.txt")).isFalse();
    }
}
