package io.newsfuse.serve;

import io.javalin.http.Context;

/**
 * Headers every answer carries: only this server's own scripts, styles and images may load (no inline
 * script, no plugins, no framing), content types are not sniffed, and API answers are not cached.
 */
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The headers every answer carries, API or page. */
    static java.util.Map<String, String> all() {
        return java.util.Map.of(
                "Content-Security-Policy", POLICY,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "no-referrer");
    }

    static void apply(Context ctx) {
        all().forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
