package io.newsfuse.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What {@code serve} answers in the second or two before the store is open and the web server is up: a
 * page saying the store is opening (it reloads itself) and, for the API, 503 with a retry hint. It runs
 * on the JDK's own HTTP server, which listens within milliseconds of start, and hands the port over to
 * the real server when that is ready.
 */
public final class StartupPage implements AutoCloseable {
    private static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"1\"><title>newsfuse</title></head><body>"
            + "<p>newsfuse is opening the store; this page reloads by itself.</p></body></html>";
    private static final String BUSY = "{\"error\":\"the store is opening; try again in a moment\"}";

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

    private StartupPage(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts answering on this address and port.
     *
     * @throws UncheckedIOException when the port cannot be bound (in use, not allowed)
     */
    public static StartupPage listen(String host, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.createContext("/", StartupPage::answer);
            server.start();
            return new StartupPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean page = path.equals("/") || path.equals("/index.html");
        byte[] body = (page ? PAGE : BUSY).getBytes(StandardCharsets.UTF_8);
        SecurityHeaders.all().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Type", page ? "text/html; charset=utf-8" : "application/json");
        if (!page) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(page ? 200 : 503, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    /** Stops answering and frees the port for the real server; closing twice does nothing. */
    @Override
    public void close() {
        if (open.getAndSet(false)) {
            server.stop(0);
        }
    }
}
