package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Handler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkGateTest {
    @Test
    void noMoreRequestsComputeAtOnceThanItHasPermitsAndAFailureGivesItsPermitBack() throws Exception {
        WorkGate gate = new WorkGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Handler work = gate.around(ctx -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoInside.countDown();
            release.await(10, TimeUnit.SECONDS);
            running.decrementAndGet();
        });
        Handler failing = gate.around(ctx -> {
            throw new IllegalStateException("a broken request");
        });
        for (int i = 0; i < 3; i++) {
            try {
                failing.handle(null);
            } catch (IllegalStateException expected) {
                // the permit must come back all the same
            }
        }
        CountDownLatch done = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            Thread.ofPlatform().start(() -> {
                try {
                    work.handle(null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(twoInside.await(10, TimeUnit.SECONDS))
                .as("two requests compute at once: the failures gave their permits back")
                .isTrue();
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS))
                .as("every request is served")
                .isTrue();
        assertThat(most.get()).as("requests computing at once").isEqualTo(2);
    }
}
