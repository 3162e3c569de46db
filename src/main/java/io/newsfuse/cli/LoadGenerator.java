package io.newsfuse.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load generator for one server: sends a fixed number of requests (a sample may be several
 * requests in a row, like a page with its script and style) from a few concurrent clients, stops early
 * when a time limit passes, and reports latency percentiles and throughput.
 */
final class LoadGenerator {
    private final HttpClient client;
    private final int concurrency;
    private final int requests;
    private final Duration limit;

    /**
     * @param concurrency clients sending at once
     * @param requests    samples per endpoint (after a tenth as many for warm-up)
     * @param limit       longest time spent on one endpoint
     */
    LoadGenerator(int concurrency, int requests, Duration limit) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(concurrency))
                .build();
        this.concurrency = concurrency;
        this.requests = requests;
        this.limit = limit;
    }

    /**
     * Latencies of one endpoint.
     *
     * @param name      what was asked
     * @param samples   samples measured
     * @param errors    answers other than 200
     * @param p50Ms     median, ms
     * @param p95Ms     95th percentile, ms
     * @param p99Ms     99th percentile, ms
     * @param perSecond samples answered per second
     * @param bytes     size of one sample's answers
     */
    record Result(
            String name,
            int samples,
            int errors,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double perSecond,
            long bytes) {}

    /** Fetches one address once; the body as text. */
    String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** Measures the addresses, fetched one after the other, as one sample. */
    Result measure(String name, List<URI> sample) throws InterruptedException {
        run(sample, Math.max(concurrency, requests / 10), new long[0]);
        long[] nanos = new long[requests];
        long start = System.nanoTime();
        int[] outcome = run(sample, requests, nanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] done = Arrays.copyOf(nanos, outcome[0]);
        Arrays.sort(done);
        return new Result(
                name,
                done.length,
                outcome[1],
                percentile(done, 50),
                percentile(done, 95),
                percentile(done, 99),
                done.length / seconds,
                outcome[2]);
    }

    /** Sends {@code n} samples; gives samples done, errors and the bytes of one sample. */
    private int[] run(List<URI> sample, int n, long[] nanos) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger bytes = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        int size = 0;
                        boolean ok = true;
                        for (URI uri : sample) {
                            try {
                                HttpResponse<byte[]> r = client.send(
                                        HttpRequest.newBuilder(uri)
                                                .timeout(Duration.ofSeconds(30))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                ok &= r.statusCode() == 200;
                                size += r.body().length;
                            } catch (IOException e) {
                                ok = false;
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        int slot = done.getAndIncrement();
                        if (slot < nanos.length) {
                            nanos[slot] = System.nanoTime() - t0;
                        }
                        bytes.set(size);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : clients) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new int[] {Math.min(done.get(), nanos.length), errors.get(), bytes.get()};
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
