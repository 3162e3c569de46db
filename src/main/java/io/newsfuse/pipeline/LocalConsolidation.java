package io.newsfuse.pipeline;

import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.consolidate.StoryConsolidator;
import io.newsfuse.consolidate.timeline.Era;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Consolidation on this process's threads, a story per task. */
final class LocalConsolidation implements StoryConsolidation {
    private final int threads;
    private final Supplier<? extends TextEmbedder> embedder;

    LocalConsolidation(int threads, Supplier<? extends TextEmbedder> embedder) {
        this.threads = Math.max(1, threads);
        this.embedder = embedder;
    }

    @Override
    public List<Outcome> consolidate(List<Work> group, Era era, Runnable advanced) {
        StoryConsolidator consolidator = new StoryConsolidator(embedder.get(), era);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, group.size())), r -> {
            Thread t = new Thread(r, "newsfuse-consolidate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Work w : group) {
                futures.add(pool.submit(() -> {
                    try {
                        return Outcome.of(consolidator.consolidate(w.story(), w.members()));
                    } finally {
                        advanced.run();
                    }
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("consolidation interrupted", e);
                } catch (ExecutionException e) {
                    out.add(Outcome.failed(e.getCause()));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
