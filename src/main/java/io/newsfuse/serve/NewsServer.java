package io.newsfuse.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.Models;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.report.FactCsv;
import io.newsfuse.store.Store;
import io.newsfuse.support.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The newsfuse web server: the JSON API described by {@code /openapi.json} and the web UI, over one
 * store. Reads are answered from an in-memory {@link Catalog} of the store; uploads are ingested by
 * {@link IngestJobs} on one background worker, which publishes a fresh catalog after each job.
 */
public final class NewsServer implements AutoCloseable {
    private static final int MAX_SEARCH = 50;
    private static final long MAX_WAIT_SECONDS = 30;
    private final Store store;
    private final Models models;
    private final ServeOptions options;
    private final AtomicReference<Catalog> catalog;
    private final Uploads uploads;
    private final IngestJobs jobs;
    private final Searcher searcher;
    /** Computing requests run a few at a time, first come first served. */
    private final WorkGate gate = WorkGate.perCore();

    private final StaticFiles files = new StaticFiles();
    private final Javalin app;
    private final java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
    private volatile String loadFailure;

    /**
     * A server over this store; models load when first needed (an upload, a semantic search). The
     * store's stories are read in the background, first thing on the ingest worker: the server answers
     * at once, the story list saying it is loading until they are in.
     */
    public NewsServer(Models models, Store store, ServeOptions options) {
        this.store = store;
        this.options = options;
        this.models = models;
        this.catalog = new AtomicReference<>(Catalog.empty());
        this.uploads = new Uploads(options.uploadDir());
        Pipeline engine = new Pipeline(models, store, PipelineOptions.defaults().withThreads(1), options.limits());
        this.jobs = new IngestJobs(
                new DocumentReader(options.limits()), engine, store, catalog::get, catalog::set, uploads::display);
        jobs.first(() -> {
            try {
                catalog.set(Catalog.load(store));
                if (!store.unassignedArticleIds().isEmpty()) {
                    jobs.catchUp();
                }
            } catch (RuntimeException e) {
                loadFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } finally {
                loaded.countDown();
            }
        });
        this.searcher = new Searcher(store, models::embedder);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 64 * 1024;
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        });
        routes();
    }

    /** Starts listening; gives the port (useful when the options asked for any free one). */
    public int start() {
        app.start(options.host(), options.port());
        return app.port();
    }

    /**
     * Waits until the store's stories are loaded (or their loading failed), at most {@code millis};
     * gives whether they are in.
     */
    public boolean awaitLoaded(long millis) throws InterruptedException {
        return loaded.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS) && loadFailure == null;
    }

    /**
     * Loads the analysis models on the ingest worker once the stories are in, so the first upload finds
     * them ready instead of waiting seconds for CoreNLP and the embedder (a failure here shows on that upload).
     * Of CoreNLP's languages only English is loaded ahead: the others load when an article in them comes.
     */
    public void warmUp() {
        jobs.first(() -> {
            try {
                models.analyzer();
                models.nlp();
                models.languages();
            } catch (RuntimeException e) {
                // the upload that needs them reports it
            }
        });
    }

    /** How many stories are being served. */
    public int storyCount() {
        return catalog.get().storyCount();
    }

    private boolean loading() {
        return loaded.getCount() > 0;
    }

    /** Answers that need every story wait for the catalog: 503 with a retry hint while it loads. */
    private void requireLoaded(Context ctx) {
        if (loadFailure != null) {
            throw new io.javalin.http.InternalServerErrorResponse("the store could not be read: " + loadFailure);
        }
        if (loading()) {
            ctx.header("Retry-After", "1");
            throw new io.javalin.http.ServiceUnavailableResponse("the store is still loading; try again in a moment");
        }
    }

    /** The address the UI is at, once started. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    private void routes() {
        app.before(SecurityHeaders::apply);
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(
                Exception.class,
                (e, ctx) -> error(
                        ctx,
                        500,
                        "internal error: "
                                + (e.getMessage() == null
                                        ? e.getClass().getSimpleName()
                                        : e.getMessage().replace('\n', ' '))));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                error(ctx, 404, "not found");
            }
        });

        app.get("/", ctx -> files.serve(ctx, "index.html"));
        app.get("/static/{name}", ctx -> files.serve(ctx, ctx.pathParam("name")));
        app.get("/favicon.ico", ctx -> files.serve(ctx, "favicon.svg"));
        app.get("/openapi.json", ctx -> files.serve(ctx, "openapi.json"));

        app.get("/api/stories", gate.around(this::stories));
        app.before("/api/stories/*", this::requireLoaded);
        app.before("/api/entities/*", this::requireLoaded);
        app.before("/api/search", this::requireLoaded);
        app.get("/api/stories/{id}", gate.around(ctx -> {
            String id = Ids.hex(ctx.pathParam("id"));
            Optional<byte[]> json = catalog.get().reportJson(id);
            if (json.isEmpty()) {
                // a story merged into another answers with a permanent redirect to the one that absorbed it
                String current = store.currentStoryId(id)
                        .filter(c -> !c.equals(id))
                        .orElseThrow(() -> new NotFoundResponse("no story with this id"));
                ctx.redirect("/api/stories/" + current, HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            // read back and written as people read numbers: an open interval's end is null, not "Infinity"
            json(ctx, Json.mapper().readValue(json.get(), StoryReport.class));
        }));
        app.get("/api/stories/{id}/facts.csv", gate.around(ctx -> {
            String id = Ids.hex(ctx.pathParam("id"));
            byte[] json = catalog.get().reportJson(id).orElseThrow(() -> new NotFoundResponse("no story with this id"));
            StoryReport report = Json.mapper().readValue(json, StoryReport.class);
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"story-" + id + "-facts.csv\"")
                    .result(new FactCsv().render(List.of(report)));
        }));
        app.get("/api/articles/{id}", gate.around(ctx -> {
            String id = Ids.hex(ctx.pathParam("id"));
            Catalog c = catalog.get();
            var analyzed = store.article(id).orElseThrow(() -> new NotFoundResponse("no article with this id"));
            json(ctx, ArticleView.of(analyzed, c.labelsOf(id), c.storyRefsOf(id)));
        }));
        app.get("/api/entities/{name}", gate.around(ctx -> {
            String name = ctx.pathParam("name");
            if (name.isBlank() || name.length() > 300) {
                throw new BadRequestResponse("a name is 1 to 300 characters");
            }
            json(ctx, catalog.get().entity(name).orElseThrow(() -> new NotFoundResponse("no entity with this name")));
        }));
        app.get("/api/search", gate.around(ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw new BadRequestResponse("q is required");
            }
            if (q.length() > 500) {
                throw new BadRequestResponse("q is longer than 500 characters");
            }
            json(ctx, searcher.search(q.strip(), limit(ctx.queryParam("limit")), catalog.get()));
        }));
        app.before("/api/ingest", ctx -> {
            if (ctx.contentLength() > options.maxUploadBytes()) {
                throw new ContentTooLargeResponse(tooLarge());
            }
        });
        app.post("/api/ingest", this::ingest);
        app.get("/api/jobs/{id}", ctx -> {
            String id = Ids.hex(ctx.pathParam("id"));
            long wait = waitSeconds(ctx.queryParam("wait"));
            Optional<JobStatus> status = wait > 0 ? jobs.await(id, wait * 1000) : jobs.status(id);
            json(ctx, status.orElseThrow(() -> new NotFoundResponse("no job with this id")));
        });
    }

    private void stories(Context ctx) {
        StoryFilter filter = StoryFilter.parse(ctx::queryParam);
        Set<String> hits = filter.q() == null ? null : new LinkedHashSet<>(store.search(filter.q(), 1000));
        if (loadFailure != null) {
            requireLoaded(ctx);
        }
        boolean partial = loading();
        StoryPage page = catalog.get().stories(filter, hits);
        json(ctx, partial ? page.whileLoading() : page);
    }

    private void ingest(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestResponse("send the files as multipart/form-data in the field 'files'");
        }
        List<UploadedFile> parts;
        try {
            parts = ctx.uploadedFiles("files");
        } catch (IllegalStateException e) {
            throw new ContentTooLargeResponse(tooLarge());
        }
        if (parts.isEmpty()) {
            throw new BadRequestResponse("no files: send them in the multipart field 'files'");
        }
        long total = parts.stream().mapToLong(UploadedFile::size).sum();
        if (total > options.maxUploadBytes()) {
            throw new ContentTooLargeResponse(tooLarge());
        }
        List<String> names = new ArrayList<>();
        for (UploadedFile part : parts) {
            String name = Uploads.safeName(part.filename())
                    .orElseThrow(() -> new BadRequestResponse("unsupported file type: " + part.filename()
                            + " (accepted: " + String.join(" ", Uploads.ACCEPTED) + ", each also .gz)"));
            names.add(name);
        }
        List<Path> saved = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            UploadedFile part = parts.get(i);
            String name = names.get(i);
            saved.add(part.contentAndClose(in -> uploads.save(name, in)));
        }
        ctx.status(HttpStatus.ACCEPTED);
        json(ctx, jobs.submit(saved, names));
    }

    private String tooLarge() {
        return "upload too large: the limit is " + (options.maxUploadBytes() / 1024) + " KB";
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 10;
        }
        try {
            return Math.max(1, Math.min(MAX_SEARCH, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a whole number");
        }
    }

    private static long waitSeconds(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(MAX_WAIT_SECONDS, Long.parseLong(raw.trim())));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("wait must be a whole number of seconds");
        }
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.present(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", message == null ? "error" : message));
    }

    /** Stops listening and the ingest worker; the store stays open for its owner to close. */
    @Override
    public void close() {
        jobs.close();
        app.stop();
    }
}
