package io.newsfuse.cli;

import io.newsfuse.serve.NewsServer;
import io.newsfuse.serve.ServeOptions;
import io.newsfuse.serve.StartupPage;
import io.newsfuse.store.Store;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsfuse serve}: the web UI and JSON API over the store, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the web UI and the JSON API over the store.",
        description = {
            "Serve the web UI and the JSON API (described at /openapi.json) over the store.",
            "Uploads made in the UI or through POST /api/ingest are ingested one job at a time.",
            "Listens on the loopback address unless --host says otherwise. Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Mixin
    StoreOption store;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(
            names = "--max-upload-mb",
            defaultValue = "50",
            paramLabel = "MB",
            description = "Largest upload accepted, in MB. Default: ${DEFAULT-VALUE}.")
    long maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        // answer at once ("opening the store") while the store opens and the web server starts
        StartupPage page = port == 0 ? null : StartupPage.listen(host, port);
        Store db;
        try {
            db = store.open();
        } catch (RuntimeException e) {
            closeQuietly(page);
            throw e;
        }
        ServeOptions options =
                new ServeOptions(host, port, maxUploadMb * 1024 * 1024, store.uploads(), limitOptions.limits());
        NewsServer server;
        try {
            server = new NewsServer(modelOptions.models(), db, options);
            closeQuietly(page);
            server.start();
            server.warmUp();
        } catch (RuntimeException e) {
            closeQuietly(page);
            db.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            db.close();
                            stopped.countDown();
                        },
                        "newsfuse-serve-stop"));
        long started = System.nanoTime();
        System.err.println("newsfuse: serving " + server.url() + " (store " + store.describe() + "); Ctrl-C stops");
        if (server.awaitLoaded(Long.MAX_VALUE / 2_000_000)) {
            System.err.printf(
                    "newsfuse: %s loaded in %.1f s%n",
                    Plural.of(server.storyCount(), "story", "stories"), (System.nanoTime() - started) / 1e9);
        }
        stopped.await();
        return 0;
    }

    private static void closeQuietly(StartupPage page) {
        if (page != null) {
            page.close();
        }
    }
}
