package io.newsfuse.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Spaces requests to one host at least {@code interval} apart, across threads: each caller is given the
 * next free slot for its host and waits for it. Hosts do not wait for one another.
 */
final class HostRateLimiter {
    /** Waits a number of nanoseconds; the real one sleeps, tests record. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Long> nextFree = new ConcurrentHashMap<>();

    HostRateLimiter(long intervalNanos, LongSupplier clock, Sleeper sleeper) {
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static HostRateLimiter real(long intervalNanos) {
        return new HostRateLimiter(
                intervalNanos, System::nanoTime, nanos -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos));
    }

    /** Blocks until a request to {@code host} may go out, and books the slot. */
    void acquire(String host) throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long now = clock.getAsLong();
        long[] slot = new long[1];
        nextFree.compute(host, (key, free) -> {
            long at = free == null || free - now < 0 ? now : free;
            slot[0] = at;
            return at + intervalNanos;
        });
        long wait = slot[0] - now;
        if (wait > 0) {
            sleeper.sleep(wait);
        }
    }
}
