package io.newsfuse.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap, cancelling the download as soon as the cap is passed, so
 * an endless or huge body costs at most the cap in memory.
 */
final class CappedBody implements Flow.Subscriber<List<ByteBuffer>> {
    /** The body went past the cap; the download was cancelled. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("body larger than the cap", null, false, false);
        }
    }

    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    CappedBody(long cap) {
        this.cap = cap;
    }

    CompletableFuture<byte[]> result() {
        return result;
    }

    /** Stops the download (e.g. on a timeout); safe from any thread. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if ((long) out.size() + buffer.remaining() > cap) {
                cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
