package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {
    private long now = 0;
    private final List<Long> waits = new ArrayList<>();
    private final HostRateLimiter limiter = new HostRateLimiter(1_000, () -> now, nanos -> waits.add(nanos));

    @Test
    void secondRequestToAHostWaitsForTheInterval() throws InterruptedException {
        limiter.acquire("tidings.example");
        limiter.acquire("tidings.example");
        limiter.acquire("tidings.example");
        assertThat(waits).containsExactly(1_000L, 2_000L);
    }

    @Test
    void hostsDoNotWaitForEachOther() throws InterruptedException {
        limiter.acquire("tidings.example");
        limiter.acquire("harbour-post.example");
        assertThat(waits).isEmpty();
    }

    @Test
    void noWaitOnceTheIntervalHasPassed() throws InterruptedException {
        limiter.acquire("tidings.example");
        now = 5_000;
        limiter.acquire("tidings.example");
        now = 5_400;
        limiter.acquire("tidings.example");
        assertThat(waits).containsExactly(600L);
    }
}
