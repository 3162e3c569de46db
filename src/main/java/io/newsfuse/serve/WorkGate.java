package io.newsfuse.serve;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets only as many requests compute at once as there are cores, in the order they arrived. Fifty clients
 * on two cores otherwise share the processor fifty ways, and the one request that needs 5 ms of work
 * (a search) waits behind everyone for hundreds of milliseconds; first come, first served, every request
 * waits about the same short queue and the slow tail goes. Only work that computes is gated: long polls,
 * uploads and the socket writes after a handler are not.
 */
final class WorkGate {
    private final Semaphore permits;

    WorkGate(int concurrent) {
        this.permits = new Semaphore(Math.max(1, concurrent), true);
    }

    /** One request at a time per core of this machine (at least two). */
    static WorkGate perCore() {
        return new WorkGate(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The handler, run once a permit is free. */
    Handler around(Handler handler) {
        return ctx -> {
            permits.acquire();
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }
}
