package io.newsfuse.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches web pages politely, for ingesting URLs: it names itself in {@code User-Agent}, obeys each
 * site's {@code robots.txt}, spaces requests to one host (one a second by default), gives up on slow
 * connections and responses, refuses bodies beyond a size cap (10 MB by default) and follows at most a
 * few redirects, over http and https only. Every failure is a {@link FetchException} with one line.
 *
 * <p>Thread-safe: one instance is meant to be shared, so its rate limits and robots rules hold across
 * threads.
 */
public final class HttpFetcher implements AutoCloseable {
    /** The agent token matched against {@code robots.txt} groups. */
    public static final String AGENT_TOKEN = "newsfuse";
    /** The {@code User-Agent} header sent by default. */
    public static final String USER_AGENT = "newsfuse/0.1 (+https://github.com/newsfuse)";

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    /**
     * How the fetcher behaves.
     *
     * @param userAgent      the {@code User-Agent} header
     * @param minInterval    the least time between two requests to one host (zero: no limit)
     * @param connectTimeout the longest wait to connect
     * @param readTimeout    the longest wait for the response headers, and again for the whole body
     * @param maxBytes       the largest body accepted (after decompression); larger ones are aborted
     * @param maxRedirects   how many redirects are followed before giving up
     */
    public record Settings(
            String userAgent,
            Duration minInterval,
            Duration connectTimeout,
            Duration readTimeout,
            long maxBytes,
            int maxRedirects) {
        public Settings {
            Objects.requireNonNull(userAgent, "userAgent");
            if (minInterval.isNegative()
                    || connectTimeout.isNegative()
                    || connectTimeout.isZero()
                    || readTimeout.isNegative()
                    || readTimeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive and the interval not negative");
            }
            if (maxBytes <= 0 || maxRedirects < 0) {
                throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
            }
        }

        /** One request a second per host, 10 s to connect, 30 s to read, 10 MB, 5 redirects. */
        public static Settings defaults() {
            return new Settings(
                    USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5);
        }

        public Settings withMinInterval(Duration interval) {
            return new Settings(userAgent, interval, connectTimeout, readTimeout, maxBytes, maxRedirects);
        }

        public Settings withTimeouts(Duration connect, Duration read) {
            return new Settings(userAgent, minInterval, connect, read, maxBytes, maxRedirects);
        }

        public Settings withMaxBytes(long bytes) {
            return new Settings(userAgent, minInterval, connectTimeout, readTimeout, bytes, maxRedirects);
        }

        public Settings withMaxRedirects(int redirects) {
            return new Settings(userAgent, minInterval, connectTimeout, readTimeout, maxBytes, redirects);
        }
    }

    private final Settings settings;
    private final HostRateLimiter limiter;
    private final ConcurrentMap<String, RobotsRules> robots = new ConcurrentHashMap<>();
    private final Object clientLock = new Object();
    private volatile HttpClient client;

    public HttpFetcher(Settings settings) {
        this(settings, HostRateLimiter.real(settings.minInterval().toNanos()));
    }

    HttpFetcher(Settings settings, HostRateLimiter limiter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @throws FetchException when the address is not http(s), robots.txt forbids it, the host cannot be
     *                        reached in time, the status is not 2xx, or the body is too large
     */
    public Fetched fetch(URI uri) throws FetchException {
        URI current = requireWeb(uri);
        for (int redirects = 0; ; redirects++) {
            requireAllowed(current);
            Answer answer = exchange(current);
            if (answer.location() != null) {
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + settings.maxRedirects() + ")");
                }
                current = requireWeb(resolve(current, answer.location()));
                continue;
            }
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new FetchException("HTTP " + answer.status() + (current.equals(uri) ? "" : " at " + current));
            }
            return new Fetched(current, answer.status(), answer.contentType(), answer.body());
        }
    }

    /** What one request answered: a redirect target, or a status with its body (empty unless 2xx). */
    private record Answer(int status, String location, String contentType, byte[] body) {}

    private Answer exchange(URI uri) throws FetchException {
        try {
            limiter.acquire(hostKey(uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Encoding", "gzip")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid http(s) address");
        }
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofPublisher());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("could not connect within " + seconds(settings.connectTimeout()));
        } catch (HttpTimeoutException e) {
            throw new FetchException("no response within " + seconds(settings.readTimeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (IOException e) {
            throw new FetchException(networkError(uri, e));
        }
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (REDIRECTS.contains(status) && location != null) {
            discard(response.body());
            return new Answer(status, location, null, new byte[0]);
        }
        if (status < 200 || status >= 300) {
            discard(response.body());
            return new Answer(status, null, null, new byte[0]);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
            discard(response.body());
            throw tooLarge();
        }
        byte[] body = readBody(response.body());
        if (response.headers()
                .firstValue("Content-Encoding")
                .map(v -> v.strip().equalsIgnoreCase("gzip"))
                .orElse(false)) {
            body = gunzip(body);
        }
        return new Answer(
                status, null, response.headers().firstValue("Content-Type").orElse(null), body);
    }

    private byte[] readBody(Flow.Publisher<List<ByteBuffer>> publisher) throws FetchException {
        CappedBody body = new CappedBody(settings.maxBytes());
        publisher.subscribe(body);
        try {
            return body.result().get(settings.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.cancel();
            throw new FetchException("body not received within " + seconds(settings.readTimeout()), true);
        } catch (InterruptedException e) {
            body.cancel();
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CappedBody.TooLarge) {
                throw tooLarge();
            }
            throw new FetchException("connection lost while reading the body", true);
        }
    }

    private byte[] gunzip(byte[] compressed) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new FetchException("body is not valid gzip data", true);
        }
    }

    private FetchException tooLarge() {
        return new FetchException("body larger than the " + size(settings.maxBytes()) + " limit", true);
    }

    private static void discard(Flow.Publisher<List<ByteBuffer>> publisher) {
        CappedBody body = new CappedBody(0);
        body.cancel();
        publisher.subscribe(body);
    }

    private void requireAllowed(URI uri) throws FetchException {
        String origin = origin(uri);
        RobotsRules rules = robots.get(origin);
        if (rules == null) {
            rules = loadRobots(uri);
            RobotsRules raced = robots.putIfAbsent(origin, rules);
            rules = raced != null ? raced : rules;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        if (rules == RobotsRules.DISALLOW_ALL) {
            throw new FetchException("robots.txt of " + origin + " could not be read (server error); not fetching");
        }
        if (!rules.allows(path)) {
            throw new FetchException("disallowed by robots.txt");
        }
    }

    private RobotsRules loadRobots(URI page) throws FetchException {
        URI current = URI.create(origin(page) + "/robots.txt");
        for (int redirects = 0; redirects <= settings.maxRedirects(); redirects++) {
            Answer answer;
            try {
                answer = exchange(current);
            } catch (FetchException e) {
                if (e.serverAnswered()) {
                    return RobotsRules.ALLOW_ALL; // an unreadable robots.txt body restricts nothing
                }
                throw e;
            }
            if (answer.location() != null) {
                URI next = resolve(current, answer.location());
                if (!isWeb(next)) {
                    return RobotsRules.ALLOW_ALL;
                }
                current = next;
                continue;
            }
            if (answer.status() >= 200 && answer.status() < 300) {
                return RobotsRules.parse(new String(answer.body(), StandardCharsets.UTF_8), AGENT_TOKEN);
            }
            return answer.status() >= 500 ? RobotsRules.DISALLOW_ALL : RobotsRules.ALLOW_ALL;
        }
        return RobotsRules.ALLOW_ALL;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (clientLock) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Stops the underlying HTTP client, if one was started. */
    @Override
    public void close() {
        HttpClient c = client;
        if (c != null) {
            c.shutdownNow();
        }
    }

    /** Whether {@code input} names an http or https address (the only kinds this fetcher follows). */
    static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static URI requireWeb(URI uri) throws FetchException {
        if (!isWeb(uri)) {
            throw new FetchException("only http and https addresses can be fetched");
        }
        return uri;
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirect to an invalid address");
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String networkError(URI uri, IOException e) {
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (t instanceof ConnectException) {
                return "cannot connect to " + host + " (connection refused or unreachable)";
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS error with " + host + " (" + oneLine(t) + ")";
            }
        }
        return "network error with " + host + " (" + oneLine(e) + ")";
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank()
                ? t.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").strip();
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
