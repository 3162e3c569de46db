package io.newsfuse.serve;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web UI's files, read once from one classpath folder. Only the names listed here exist, so no
 * request path can reach any other file.
 */
final class StaticFiles {
    /** The classpath folder holding the UI and the OpenAPI document. */
    static final String FOLDER = "/io/newsfuse/serve/web/";

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml",
            "openapi.json", "application/json; charset=utf-8");
    private final Map<String, byte[]> files;

    StaticFiles() {
        java.util.HashMap<String, byte[]> read = new java.util.HashMap<>();
        TYPES.keySet().forEach(name -> read.put(name, load(name)));
        this.files = Map.copyOf(read);
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI file " + name + " in the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with the named file, or 404 when there is no such UI file. */
    void serve(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw new NotFoundResponse("no such file");
        }
        ctx.contentType(TYPES.get(name)).result(body);
    }
}
