package io.newsfuse.serve;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
import io.newsfuse.support.TestModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for every test class of the package: a scratch store filled by ingesting the fictional
 * articles under {@code articles/}, served on an ephemeral loopback port. Started once per test JVM and
 * stopped when the run ends.
 */
public final class ServedStore implements BeforeAllCallback {
    private static volatile Fixture fixture;

    /** The running fixture (after {@code @ExtendWith(ServedStore.class)} ran). */
    static Fixture fixture() {
        return fixture;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        fixture = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Fixture.class, k -> Fixture.start(), Fixture.class);
    }

    /** A test resource as a file. */
    static Path resource(String name) {
        try {
            return Path.of(ServedStore.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The store, the server and what the fixture ingested.
     *
     * @param dir    scratch folder holding the store and uploads
     * @param store  the open store
     * @param server the running server
     * @param base   the server's address, ending in "/"
     * @param ingest what ingesting the fixture articles did
     */
    record Fixture(Path dir, Store store, NewsServer server, String base, IngestResult ingest)
            implements AutoCloseable {
        static Fixture start() {
            try {
                Path dir = Files.createTempDirectory("newsfuse-serve-test");
                Store store = Stores.open(dir.resolve("db"));
                Pipeline engine = new Pipeline(
                        TestModels.MODELS, store, PipelineOptions.defaults().withThreads(2));
                IngestResult result = engine.ingest(
                        DocumentSource.ofPaths(List.of(resource("articles")), new DocumentReader()),
                        PipelineListener.quiet());
                NewsServer server = new NewsServer(
                        TestModels.MODELS,
                        store,
                        new ServeOptions("127.0.0.1", 0, ServeOptions.DEFAULT_MAX_UPLOAD, dir.resolve("uploads")));
                int port = server.start();
                if (!server.awaitLoaded(120_000)) {
                    throw new IllegalStateException("the served store did not load");
                }
                return new Fixture(dir, store, server, "http://127.0.0.1:" + port + "/", result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
