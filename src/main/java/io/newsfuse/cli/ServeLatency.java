package io.newsfuse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfuse.support.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a running newsfuse server's answers with {@link LoadGenerator}: the story list page, the
 * story list API, the largest story (API and the whole page: HTML, script, style and API), one of its
 * articles, and a search for a word of its headline. Gives a Markdown table.
 */
final class ServeLatency {
    private final LoadGenerator load;
    private final URI base;

    ServeLatency(URI base, int concurrency, int requests, Duration limit) {
        this.base = base;
        this.load = new LoadGenerator(concurrency, requests, limit);
    }

    /** Runs every measurement; the rows of the table. */
    List<LoadGenerator.Result> run() throws Exception {
        JsonNode list = Json.read(load.get(base.resolve("api/stories?size=1")), JsonNode.class);
        JsonNode largest = list.path("stories").path(0);
        if (largest.isMissingNode()) {
            throw new IllegalStateException("the server holds no stories to measure");
        }
        String storyId = largest.get("id").asText();
        JsonNode story = Json.read(load.get(base.resolve("api/stories/" + storyId)), JsonNode.class);
        String articleId = story.path("articles").path(0).path("id").asText();
        String word = longestWord(largest.path("title").asText("news"));
        List<LoadGenerator.Result> rows = new ArrayList<>();
        rows.add(load.measure("GET / (story list page HTML)", List.of(base.resolve("/"))));
        rows.add(load.measure("GET /api/stories", List.of(base.resolve("api/stories"))));
        rows.add(load.measure(
                "GET /api/stories/{id} (largest story, "
                        + largest.path("articles").asInt() + " articles)",
                List.of(base.resolve("api/stories/" + storyId))));
        rows.add(load.measure(
                "story page: / + app.js + style.css + /api/stories/{id}",
                List.of(
                        base.resolve("/"),
                        base.resolve("static/app.js"),
                        base.resolve("static/style.css"),
                        base.resolve("api/stories/" + storyId))));
        rows.add(load.measure(
                "GET /api/articles/{id} (an article of the largest story)",
                List.of(base.resolve("api/articles/" + articleId))));
        String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
        rows.add(load.measure(
                "GET /api/search?q=" + word + " (words and meaning)", List.of(base.resolve("api/search?q=" + q))));
        rows.add(load.measure(
                "GET /api/stories?q=" + word + " (filtered list)", List.of(base.resolve("api/stories?q=" + q))));
        return rows;
    }

    private static String longestWord(String title) {
        String best = "news";
        for (String w : title.split("[^\\p{L}]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best.toLowerCase(java.util.Locale.ROOT);
    }

    /** The rows as a Markdown table. */
    static String table(List<LoadGenerator.Result> rows) {
        StringBuilder sb =
                new StringBuilder("| request | samples | errors | p50 ms | p95 ms | p99 ms | req/s | bytes |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadGenerator.Result r : rows) {
            sb.append(String.format(
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %d |%n",
                    r.name(), r.samples(), r.errors(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.perSecond(), r.bytes()));
        }
        return sb.toString();
    }
}
