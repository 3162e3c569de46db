package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StartupPageTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void saysTheStoreIsOpeningAndAsksApiClientsToRetry() throws Exception {
        int port = freePort();
        try (StartupPage page = StartupPage.listen("127.0.0.1", port)) {
            HttpResponse<String> home = get(port, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("opening the store").contains("refresh");
            assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();

            HttpResponse<String> api = get(port, "/api/stories");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).contains("1");
            assertThat(api.body()).contains("try again");
        }
    }

    @Test
    void handsThePortOverWhenClosed() throws Exception {
        int port = freePort();
        StartupPage page = StartupPage.listen("127.0.0.1", port);
        page.close();
        page.close();
        try (ServerSocket real = new ServerSocket(port)) {
            assertThat(real.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> StartupPage.listen("127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
