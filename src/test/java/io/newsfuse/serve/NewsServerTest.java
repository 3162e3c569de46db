package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfuse.pipeline.Models;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.store.Stores;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API as a client sees it, over a store holding a fictional ferry disaster and a hostile article. */
@ExtendWith(ServedStore.class)
class NewsServerTest {
    private final ServedStore.Fixture fixture = ServedStore.fixture();
    private final Http http = new Http(fixture.base());

    private StoredStory ferry() {
        return fixture.store().stories().stream()
                .filter(s -> s.title().contains("Ferry"))
                .findFirst()
                .orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void aMergedStorysOldIdRedirectsPermanentlyToTheStoryThatAbsorbedIt() {
        StoredStory ferry = ferry();
        fixture.store().saveStories(List.of(ferry), Map.of("00000000000000ab", ferry.id()));

        Http.Answer old = http.get("api/stories/00000000000000ab");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/api/stories/" + ferry.id());
        assertThat(http.get("api/stories/00000000000000cd").status()).isEqualTo(404);
    }

    @Test
    void listsStoriesWithDatesSourcesLanguagesAndConflicts() {
        JsonNode page = http.get("api/stories").json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode ferry = StreamSupport.stream(page.get("stories").spliterator(), false)
                .filter(s -> s.get("title").asText().contains("Ferry"))
                .findFirst()
                .orElseThrow();
        assertThat(ferry.get("articles").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ferry.get("independentSources").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ferry.get("firstDate").asText()).isEqualTo("2025-06-03");
        assertThat(ferry.get("languages").toString()).contains("en");
        assertThat(ferry.get("conflicting").asInt())
                .as("9 dead against at least 12")
                .isPositive();
    }

    @Test
    void filtersStoriesByDateWordsNameAndLanguageAndPages() {
        assertThat(texts(
                        http.get("api/stories?entity=" + enc("elena varga"))
                                .json()
                                .get("stories"),
                        "title"))
                .anyMatch(t -> t.contains("Ferry"))
                .noneMatch(t -> t.contains("Lantern"));
        assertThat(texts(http.get("api/stories?entity=Varga").json().get("stories"), "title"))
                .anyMatch(t -> t.contains("Ferry"));
        assertThat(texts(http.get("api/stories?q=lantern").json().get("stories"), "title"))
                .anyMatch(t -> t.contains("Lantern"))
                .noneMatch(t -> t.contains("Ferry"));
        assertThat(texts(http.get("api/stories?q=overloaded").json().get("stories"), "title"))
                .as("words found only in an article's text")
                .anyMatch(t -> t.contains("Ferry"));
        assertThat(texts(
                        http.get("api/stories?from=2025-06-01&to=2025-06-30")
                                .json()
                                .get("stories"),
                        "title"))
                .anyMatch(t -> t.contains("Ferry"))
                .noneMatch(t -> t.contains("Lantern"));
        assertThat(http.get("api/stories?from=2031-01-01").json().get("total").asInt())
                .isZero();
        assertThat(http.get("api/stories?language=fr").json().get("total").asInt())
                .isZero();
        JsonNode first = http.get("api/stories?size=1&page=1").json();
        assertThat(first.get("stories")).hasSize(1);
        assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(http.get("api/stories?size=1&page=2")
                        .json()
                        .get("stories")
                        .get(0)
                        .get("id"))
                .isNotEqualTo(first.get("stories").get(0).get("id"));
    }

    @Test
    void malformedFiltersAreRefusedWithOneClearLine() {
        Http.Answer bad = http.get("api/stories?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("from must be a date as YYYY-MM-DD");
        assertThat(http.get("api/stories?size=100000").status()).isEqualTo(400);
        assertThat(http.get("api/stories?page=abc").status()).isEqualTo(400);
    }

    @Test
    void aStoryIsTheStoredReportWithOpenEndsAsNull() throws IOException {
        StoredStory ferry = ferry();
        Http.Answer answer = http.get("api/stories/" + ferry.id());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode stored = io.newsfuse.support.Json.mapper().readTree(ferry.reportJson());
        JsonNode served = answer.json();
        assertThat(served.get("id")).isEqualTo(stored.get("id"));
        assertThat(served.get("facts")).hasSameSizeAs(stored.get("facts"));
        assertThat(ferry.reportJson()).as("'at least 12' has no upper end").contains("Infinity");
        assertThat(answer.body()).doesNotContain("Infinity", "NaN").contains("\"high\":null");
        assertThat(http.get("api/stories/0000000000000000").status()).isEqualTo(404);
    }

    @Test
    void storiesAreFilteredBySiteSourcesAndConflictsAndSorted() {
        assertThat(texts(http.get("api/stories?hasConflict=true").json().get("stories"), "title"))
                .anyMatch(t -> t.contains("Ferry"))
                .noneMatch(t -> t.contains("Lantern"));
        assertThat(texts(http.get("api/stories?hasConflict=false").json().get("stories"), "title"))
                .noneMatch(t -> t.contains("Ferry"));
        assertThat(texts(http.get("api/stories?minSources=2").json().get("stories"), "title"))
                .anyMatch(t -> t.contains("Ferry"))
                .noneMatch(t -> t.contains("Lantern"));
        JsonNode ferry = StreamSupport.stream(
                        http.get("api/stories").json().get("stories").spliterator(), false)
                .filter(s -> s.get("title").asText().contains("Ferry"))
                .findFirst()
                .orElseThrow();
        String site = ferry.get("sites").get(0).asText();
        assertThat(texts(http.get("api/stories?site=" + enc(site)).json().get("stories"), "title"))
                .anyMatch(t -> t.contains("Ferry"));
        assertThat(http.get("api/stories?site=" + enc("no-such-outlet.example"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(http.get("api/stories?updatedSince=2000-01-01")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(http.get("api/stories").json().get("total").asInt());
        assertThat(http.get("api/stories?updatedSince=2999-01-01")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(texts(http.get("api/stories?sort=conflicts").json().get("stories"), "title")
                        .get(0))
                .contains("Ferry");
        assertThat(http.get("api/stories?sort=nonsense").status()).isEqualTo(400);
    }

    @Test
    void anArticleComesWithItsTextAndOffsetsOfEntitiesFiguresAndQuotes() {
        JsonNode story = http.get("api/stories/" + ferry().id()).json();
        String id = story.get("articles").get(0).get("id").asText();
        JsonNode article = http.get("api/articles/" + id).json();
        String text = article.get("text").asText();
        assertThat(article.get("title").asText()).contains("Lake Orvan");
        assertThat(article.get("source").asText()).endsWith("ferry-wire.txt");
        assertThat(texts(article.get("stories"), "id")).contains(story.get("id").asText());
        List<String> kinds = texts(article.get("spans"), "kind");
        assertThat(kinds).contains("entity", "figure", "quote");
        for (JsonNode span : article.get("spans")) {
            int begin = span.get("begin").asInt();
            int end = span.get("end").asInt();
            assertThat(begin).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(text.length());
        }
        JsonNode varga = StreamSupport.stream(article.get("spans").spliterator(), false)
                .filter(s -> s.get("kind").asText().equals("entity")
                        && s.get("label").asText().equals("Elena Varga"))
                .findFirst()
                .orElseThrow();
        assertThat(text.substring(varga.get("begin").asInt(), varga.get("end").asInt()))
                .isIn("Elena Varga", "Varga");
        JsonNode killed = StreamSupport.stream(article.get("spans").spliterator(), false)
                .filter(s -> s.get("kind").asText().equals("figure")
                        && s.get("label").asText().equals("killed"))
                .findFirst()
                .orElseThrow();
        assertThat(text.substring(killed.get("begin").asInt(), killed.get("end").asInt()))
                .isEqualTo("At least 12");
        assertThat(killed.get("detail").asText()).contains("conflicting");
        assertThat(article.get("sentences").size()).isGreaterThan(3);
    }

    @Test
    void anEntityIsFoundByAnyOfItsNamesWithItsAliasesAndStories() {
        JsonNode entity = http.get("api/entities/Varga").json();
        assertThat(entity.get("name").asText()).isEqualTo("Elena Varga");
        assertThat(entity.get("type").asText()).isEqualTo("PERSON");
        assertThat(entity.get("aliases").toString()).contains("Varga");
        assertThat(texts(entity.get("stories"), "title")).anyMatch(t -> t.contains("Ferry"));
        assertThat(entity.get("quotes")).isNotNull();
        assertThat(entity.get("others")).isNotNull();
        assertThat(http.get("api/entities/" + enc("Nobody Atall")).status()).isEqualTo(404);
    }

    @Test
    void searchFindsArticlesByWordsAndByMeaning() {
        JsonNode words = http.get("api/search?q=overloaded").json();
        assertThat(texts(words.get("fulltext"), "title")).anyMatch(t -> t.contains("Blue Heron"));
        JsonNode snippet = words.get("fulltext").get(0).get("snippets").get(0);
        assertThat(StreamSupport.stream(snippet.spliterator(), false)
                        .filter(p -> p.get("hit").asBoolean())
                        .map(p -> p.get("text").asText().toLowerCase(java.util.Locale.ROOT)))
                .as("the matched word is marked in its passage")
                .contains("overloaded");
        JsonNode meaning = http.get("api/search?q=" + enc("boat sank on a lake and passengers drowned"))
                .json();
        assertThat(meaning.get("semantic").size()).isPositive();
        JsonNode best = meaning.get("semantic").get(0);
        assertThat(best.get("title").asText()).containsAnyOf("Ferry", "ferry");
        assertThat(best.get("score").asDouble()).isGreaterThanOrEqualTo(Searcher.MIN_SIMILARITY);
        assertThat(http.get("api/search?q=" + enc("quarterly semiconductor earnings guidance"))
                        .json()
                        .get("semantic"))
                .as("nothing about the subject: no meaning hits")
                .isEmpty();
        assertThat(best.get("stories").size()).isPositive();
        assertThat(http.get("api/search?q=").status()).isEqualTo(400);
    }

    @Test
    void anUploadBecomesAJobThatIngestsAndRebuildsTheStories() throws IOException {
        byte[] followup = Files.readAllBytes(ServedStore.resource("upload/ferry-followup.txt"));
        Http.Answer accepted = http.upload("api/ingest", Map.of("ferry-followup.txt", followup));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = finished(accepted.json().get("id").asText());
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode result = job.get("result");
        assertThat(result.get("added").asInt()).isEqualTo(1);
        assertThat(result.get("rejected")).isEmpty();
        assertThat(result.get("stories").size()).isPositive();
        String articleId = result.get("articles").get(0).asText();
        assertThat(http.get("api/articles/" + articleId).json().get("title").asText())
                .contains("divers recover");
        String storyId = result.get("stories").get(0).get("id").asText();
        assertThat(http.get("api/stories/" + storyId).json().get("articles").toString())
                .contains(articleId);

        JsonNode again = finished(http.upload("api/ingest", Map.of("ferry-followup.txt", followup))
                .json()
                .get("id")
                .asText());
        assertThat(again.get("result").get("added").asInt())
                .as("the same upload twice adds nothing")
                .isZero();
        assertThat(again.get("result").get("articles").get(0).asText()).isEqualTo(articleId);
    }

    @Test
    void aWebArchiveUploadIsIngestedLikeAnyOtherFile(@TempDir Path tmp) throws IOException {
        String html = "<!doctype html><html><head><title>Lighthouse keepers vote to strike</title>"
                + "<meta property=\"article:published_time\" content=\"2025-07-14\"></head><body><article>"
                + "<h1>Lighthouse keepers vote to strike</h1>"
                + "<p>Lighthouse keepers on the Isle of Wend voted on Monday to strike for two days next week, "
                + "the Coastal Keepers Union said.</p>"
                + "<p>Union secretary Marta Lindqvist said 41 of the 52 members who voted backed the action over "
                + "unpaid night shifts.</p>"
                + "<p>The harbour authority said the lights would keep running on automatic control during the "
                + "strike and that ferries would sail as normal.</p>"
                + "<p>Talks between the union and the authority are due to resume on Thursday in Carrow.</p>"
                + "</article></body></html>";
        Path warc = tmp.resolve("keepers.warc.gz");
        java.time.Instant crawled = java.time.Instant.parse("2025-07-14T09:00:00Z");
        java.net.URI uri = java.net.URI.create("https://tidings.example/keepers-strike");
        try (var channel = java.nio.channels.FileChannel.open(
                        warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                var writer =
                        new org.netpreserve.jwarc.WarcWriter(channel, org.netpreserve.jwarc.WarcCompression.GZIP)) {
            var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                    .body(
                            org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                            html.getBytes(StandardCharsets.UTF_8))
                    .build();
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(uri)
                    .date(crawled)
                    .body(http)
                    .build());
        }
        Http.Answer accepted = http.upload("api/ingest", Map.of("keepers.warc.gz", Files.readAllBytes(warc)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = finished(accepted.json().get("id").asText());
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("result").get("added").asInt()).as(job.toString()).isEqualTo(1);
        String articleId = job.get("result").get("articles").get(0).asText();
        assertThat(http.get("api/articles/" + articleId).json().get("title").asText())
                .contains("Lighthouse keepers");
    }

    private JsonNode finished(String jobId) {
        JsonNode job = http.get("api/jobs/" + jobId + "?wait=30").json();
        while (!job.get("state").asText().equals("done")
                && !job.get("state").asText().equals("failed")) {
            job = http.get("api/jobs/" + jobId + "?wait=30").json();
        }
        return job;
    }

    @Test
    void uploadsOfUnreadableTypesOrWithoutFilesAreRefused() {
        Http.Answer pdf = http.upload("api/ingest", Map.of("report.pdf", new byte[] {1, 2, 3}));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("error").asText()).startsWith("unsupported file type: report.pdf");
        Http.Answer notMultipart =
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fixture.base() + "api/ingest"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))
                        .build());
        assertThat(notMultipart.status()).isEqualTo(400);
        assertThat(http.get("api/jobs/0123456789abcdef").status()).isEqualTo(404);
    }

    @Test
    void anUploadOverTheLimitGetsA413(@TempDir Path tmp) {
        try (Store empty = Stores.open(tmp.resolve("db"));
                NewsServer small = new NewsServer(
                        new Models(), empty, new ServeOptions("127.0.0.1", 0, 1024, tmp.resolve("up")))) {
            int port = small.start();
            Http.Answer answer = new Http("http://127.0.0.1:" + port + "/")
                    .upload("api/ingest", Map.of("big.txt", "word ".repeat(2000).getBytes(StandardCharsets.UTF_8)));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("error").asText()).isEqualTo("upload too large: the limit is 1 KB");
        }
    }

    @Test
    void idsAndFileNamesCannotReachOutsideTheirRecords() {
        for (String path : List.of(
                "static/..%2f..%2fpom.xml",
                "static/../../pom.xml",
                "static/%2e%2e/%2e%2e/pom.xml",
                "static/app.js%00.html",
                "static/..%5c..%5cpom.xml",
                "api/articles/..%2f..%2fpom.xml",
                "api/articles/ABCDEF",
                "api/stories/1;rm",
                "api/jobs/..",
                "api/articles/" + "a".repeat(65),
                "io/newsfuse/serve/web/app.js",
                "static/NewsServer.class")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("<project").doesNotContain("'use strict'");
        }
        assertThat(http.get("static/app.js").body()).contains("'use strict'");
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (String path : List.of("", "static/app.js", "api/stories", "api/stories/ffff", "no/such/page")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.header("Content-Security-Policy"))
                    .as(path)
                    .startsWith("default-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        assertThat(http.get("").body()).doesNotContain("<script>").contains("src=\"/static/app.js\"");
    }

    @Test
    void requestsJettyRejectsItselfGetAJsonErrorWithTheSameSecurityHeaders() {
        for (String target : List.of("/api/stories/%zz", "/%u2216", "/stories/%")) {
            String answer = http.raw(target);
            assertThat(answer).as(target).startsWith("HTTP/1.1 4");
            assertThat(answer).as(target).contains("Content-Security-Policy: default-src 'self'");
            assertThat(answer).as(target).contains("X-Content-Type-Options: nosniff");
            assertThat(answer).as(target).contains("{\"error\":").doesNotContain("<h1>");
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        JsonNode doc = http.get("openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/stories",
                        "/api/stories/{id}",
                        "/api/articles/{id}",
                        "/api/entities/{name}",
                        "/api/search",
                        "/api/ingest",
                        "/api/jobs/{id}");
        assertThat(doc.at("/paths/~1api~1ingest/post/responses/413")).isNotNull();
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() {
        assertThat(new ServeOptions(null, 0, 1, Path.of("u")).host()).isEqualTo("127.0.0.1");
        assertThat(fixture.server().url()).startsWith("http://127.0.0.1:");
    }
}
