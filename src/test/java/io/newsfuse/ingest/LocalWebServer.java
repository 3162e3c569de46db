package io.newsfuse.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A small web site on 127.0.0.1 for tests: fixed answers per path, a handler that stalls until the
 * test ends, and a log of the requests it saw.
 */
final class LocalWebServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Seen(String path, String userAgent) {}

    private interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    LocalWebServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            try (exchange) {
                seen.add(new Seen(
                        exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders().getFirst("User-Agent")));
                Answer answer = answers.get(exchange.getRequestURI().getPath());
                if (answer == null) {
                    send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                } else {
                    answer.answer(exchange);
                }
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    String url(String path) {
        return uri(path).toString();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<String> pathsSeen() {
        return seen.stream().map(Seen::path).toList();
    }

    LocalWebServer page(String path, String contentType, String body) {
        answers.put(path, exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    LocalWebServer bytes(String path, String contentType, byte[] body) {
        answers.put(path, exchange -> send(exchange, 200, contentType, body));
        return this;
    }

    LocalWebServer gzipped(String path, String contentType, String body) {
        answers.put(path, exchange -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(body.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, contentType, out.toByteArray());
        });
        return this;
    }

    LocalWebServer status(String path, int status) {
        answers.put(
                path,
                exchange -> send(
                        exchange,
                        status,
                        "text/html",
                        "<html><body>error</body></html>".getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    LocalWebServer redirect(String path, int status, String location) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
        return this;
    }

    /** A body of {@code size} bytes sent without a Content-Length (chunked), so only a running count can stop it. */
    LocalWebServer endless(String path, int size) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>more words</p>\n".repeat(512).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up once it had enough: expected
            }
        });
        return this;
    }

    /** A handler that answers only once the test is over, so any client timeout hits first. */
    LocalWebServer stalled(String path) {
        answers.put(path, exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                send(exchange, 200, "text/html", "<html><body>late</body></html>".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client is long gone
            }
        });
        return this;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
