package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final String PAGE = "<html><body><p>The ferry sailed at noon.</p></body></html>";
    static final HttpFetcher.Settings FAST = HttpFetcher.Settings.defaults()
            .withMinInterval(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3)) // generous: CI machines are shared and slow
            .withMaxBytes(64 * 1024);

    private final LocalWebServer site = new LocalWebServer()
            .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n")
            .page("/news/ferry", "text/html; charset=utf-8", PAGE);
    private final HttpFetcher fetcher = new HttpFetcher(FAST);

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void fetchesAPageNamingItselfAndReadingRobotsFirst() throws FetchException {
        Fetched page = fetcher.fetch(site.uri("/news/ferry"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(site.pathsSeen()).containsExactly("/robots.txt", "/news/ferry");
        assertThat(site.seen()).allSatisfy(seen -> assertThat(seen.userAgent()).isEqualTo(HttpFetcher.USER_AGENT));
    }

    @Test
    void robotsTxtIsReadOncePerSite() throws FetchException {
        fetcher.fetch(site.uri("/news/ferry"));
        fetcher.fetch(site.uri("/news/ferry"));
        assertThat(site.pathsSeen()).containsExactly("/robots.txt", "/news/ferry", "/news/ferry");
    }

    @Test
    void disallowedPathIsNeverRequested() {
        site.page("/private/memo", "text/html", PAGE);
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/private/memo")))
                .isInstanceOf(FetchException.class)
                .hasMessage("disallowed by robots.txt");
        assertThat(site.pathsSeen()).doesNotContain("/private/memo");
    }

    @Test
    void robotsServerErrorMeansNothingIsFetched() {
        site.status("/robots.txt", 503);
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/news/ferry")))
                .hasMessageContaining("robots.txt")
                .hasMessageContaining("could not be read");
        assertThat(site.pathsSeen()).containsExactly("/robots.txt");
    }

    @Test
    void missingRobotsTxtAllowsEverything() throws FetchException {
        site.status("/robots.txt", 404);
        assertThat(fetcher.fetch(site.uri("/news/ferry")).status()).isEqualTo(200);
    }

    @Test
    void followsRedirectsAndReportsWhereTheBodyCameFrom() throws FetchException {
        site.redirect("/old", 301, "/news/ferry");
        Fetched page = fetcher.fetch(site.uri("/old"));
        assertThat(page.uri()).isEqualTo(site.uri("/news/ferry"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void redirectIntoADisallowedPathIsRefused() {
        site.redirect("/go", 302, "/private/memo");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/go"))).hasMessage("disallowed by robots.txt");
    }

    @Test
    void givesUpAfterFiveRedirects() {
        site.redirect("/loop", 302, "/loop");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/loop"))).hasMessage("too many redirects (more than 5)");
        assertThat(site.pathsSeen().stream().filter("/loop"::equals)).hasSize(6);
    }

    @Test
    void refusesRedirectsAndAddressesOutsideHttp() {
        site.redirect("/elsewhere", 302, "ftp://files.example/story.txt");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/elsewhere")))
                .hasMessage("only http and https addresses can be fetched");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/hostname")))
                .hasMessage("only http and https addresses can be fetched");
    }

    @Test
    void httpErrorIsOneLine() {
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/nowhere"))).hasMessage("HTTP 404");
    }

    @Test
    void bodyOverTheCapIsAbortedWithOrWithoutContentLength() {
        site.endless("/endless", 10 << 20);
        site.bytes("/big", "text/html", new byte[100 * 1024]);
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/endless"))).hasMessage("body larger than the 64 KB limit");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/big"))).hasMessage("body larger than the 64 KB limit");
    }

    @Test
    void slowServerHitsTheReadTimeout() {
        site.stalled("/slow");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/slow"))).hasMessage("no response within 3 s");
    }

    @Test
    void closedPortIsOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/news")))
                .hasMessage("cannot connect to 127.0.0.1:" + port + " (connection refused or unreachable)");
    }

    @Test
    void gzipEncodedBodiesAreDecompressed() throws FetchException {
        site.gzipped("/zipped", "text/html", PAGE);
        assertThat(new String(fetcher.fetch(site.uri("/zipped")).body(), StandardCharsets.UTF_8))
                .isEqualTo(PAGE);
    }

    @Test
    void requestsToOneHostWaitForTheirTurn() throws FetchException {
        long[] now = {0};
        List<Long> waits = new ArrayList<>();
        HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1).toNanos(), () -> now[0], nanos -> {
            waits.add(nanos);
            now[0] += nanos;
        });
        try (HttpFetcher polite = new HttpFetcher(FAST.withMinInterval(Duration.ofSeconds(1)), limiter)) {
            polite.fetch(site.uri("/news/ferry"));
            polite.fetch(site.uri("/news/ferry"));
        }
        // robots.txt, then two pages: each waits a full second after the one before
        assertThat(waits).containsExactly(1_000_000_000L, 1_000_000_000L);
    }
}
