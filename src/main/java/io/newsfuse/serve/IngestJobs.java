package io.newsfuse.serve;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.Stage;
import io.newsfuse.store.Store;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ingests uploaded files one job at a time on a single background worker, so writes to the store are
 * serialised; after each job the stories are rebuilt and whoever serves them is told. Jobs report their
 * stage and per-article progress while they run.
 */
final class IngestJobs implements AutoCloseable {
    private static final int KEPT = 200;
    private static final Map<Stage, String> STAGE_NAMES = Map.of(
            Stage.READ, "reading files",
            Stage.EXTRACT, "extracting articles",
            Stage.ANALYSE, "analysing articles",
            Stage.STORE, "storing articles",
            Stage.STORIES, "updating stories",
            Stage.CONSOLIDATE, "consolidating stories");
    private final DocumentReader reader;
    private final Pipeline engine;
    private final Store store;
    private final Supplier<Catalog> current;
    private final Consumer<Catalog> published;
    private final Function<String, String> display;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsfuse-ingest");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * @param reader    reads the uploaded files
     * @param engine    the pipeline driver writing to {@code store}
     * @param store     the store to ingest into
     * @param current   the catalog being served, whose article data the next one reuses
     * @param published told the new catalog after each job
     * @param display   turns a stored upload path back into the name the user gave
     */
    IngestJobs(
            DocumentReader reader,
            Pipeline engine,
            Store store,
            Supplier<Catalog> current,
            Consumer<Catalog> published,
            Function<String, String> display) {
        this.reader = reader;
        this.engine = engine;
        this.store = store;
        this.current = current;
        this.published = published;
        this.display = display;
    }

    /** Queues a job for these stored files; {@code names} are what the user called them. */
    JobStatus submit(List<Path> files, List<String> names) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), names);
        synchronized (jobs) {
            jobs.put(job.id, job);
            if (jobs.size() > KEPT) {
                jobs.entrySet().removeIf(e -> e.getValue().status().finished() && jobs.size() > KEPT);
            }
        }
        worker.submit(() -> run(job, files));
        return job.status();
    }

    /**
     * Places stored articles that are in no story yet (left by an ingest killed before its stories were
     * written) on the worker, so the stories served catch up with the articles.
     */
    void catchUp() {
        worker.submit(() -> {
            try {
                var changes = engine.updateStories(PipelineListener.quiet());
                published.accept(current.get().with(store, changes));
            } catch (RuntimeException e) {
                // the next upload runs the same placement again
            }
        });
    }

    /** A job's status, when known. */
    Optional<JobStatus> status(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.status());
    }

    /** A job's status once it has finished, or as it stands after waiting at most that long. */
    Optional<JobStatus> await(String id, long millis) {
        Job job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        try {
            job.finished.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still running: answer how far it got
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the job records its own failure
        }
        return Optional.of(job.status());
    }

    private void run(Job job, List<Path> files) {
        try {
            IngestResult result = engine.ingest(DocumentSource.ofPaths(files, reader), job);
            Catalog catalog = current.get().with(store, result.stories());
            published.accept(catalog);
            Set<StoryRef> stories = new LinkedHashSet<>();
            result.articleIds().forEach(id -> stories.addAll(catalog.storyRefsOf(id)));
            List<Rejection> shown = result.rejected().stream()
                    .map(r -> new Rejection(display.apply(r.source()), r.reason()))
                    .toList();
            job.done(new JobStatus.Result(result.articleIds(), result.added(), shown, List.copyOf(stories)));
        } catch (RuntimeException | Error e) {
            job.failed(
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getMessage().replace('\n', ' '));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** One job's mutable progress, read by request threads through {@link #status()}; hears the pipeline. */
    private static final class Job implements PipelineListener {
        private final String id;
        private final List<String> files;
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private String state = "queued";
        private String stage = "waiting for the worker";
        private int done;
        private int total;
        private JobStatus.Result result;
        private String error;

        Job(String id, List<String> files) {
            this.id = id;
            this.files = List.copyOf(files);
        }

        @Override
        public synchronized void started(Stage s, long of) {
            state = "running";
            stage = STAGE_NAMES.get(s);
            done = 0;
            total = (int) Math.max(0, of);
        }

        @Override
        public synchronized void advanced(Stage s) {
            if (STAGE_NAMES.get(s).equals(stage)) {
                done++;
            }
        }

        void done(JobStatus.Result r) {
            synchronized (this) {
                state = "done";
                stage = "done";
                done = total;
                result = r;
            }
            finished.complete(null);
        }

        void failed(String reason) {
            synchronized (this) {
                state = "failed";
                stage = "failed";
                error = reason;
            }
            finished.complete(null);
        }

        synchronized JobStatus status() {
            return new JobStatus(id, state, stage, done, total, files, result, error);
        }
    }
}
