package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.extract.Article;
import io.newsfuse.ingest.HostileFiles.Expect;
import io.newsfuse.ingest.HostileFiles.Input;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.Models;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of reading and extraction: for every kind of malformed input a hostile crawl
 * brings, generated afresh from random seeds and sizes, one such file among good articles must cost only
 * itself. Whatever the input, the run returns (nothing thrown, no stack overflow, no out-of-memory), every
 * rejection is one clear line naming the file, and every good article of the folder (and every good record
 * before the damage) is read. Limits are set small so that "very large" and "bomb" stay fast.
 */
class HostileInputPropertiesTest {
    /** Small limits: a document of 256 KB, a record of 128 KB. */
    static final Limits LIMITS = new Limits(256 * 1024, 128 * 1024, 100, 256, 1_000, 100, 100, 100_000);

    /** What a clear reason never holds: a class name, a bare "null", an exception's own words. */
    static final Pattern UNCLEAR = Pattern.compile(
            "(Exception|Error\\b|java\\.|javax\\.|org\\.|com\\.|\\bat [a-z]+\\.[a-z]|Input length|^null$|\\(null\\)|"
                    + ": null$|failed:?$)");

    private static Path scratch;
    private static Path secret;
    private static Pipeline pipeline;
    private static DocumentReader reader;

    @BeforeContainer
    static void setUp() throws IOException {
        scratch = Files.createTempDirectory("newsfuse-hostile");
        secret = scratch.resolve("secret.txt");
        Files.writeString(secret, HostileFiles.SECRET);
        pipeline = new Pipeline(
                new Models(null, List.of("en", "de")),
                null,
                PipelineOptions.defaults().withThreads(2),
                LIMITS);
        reader = new DocumentReader(LIMITS);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        delete(scratch);
    }

    @Property(tries = 15)
    void truncatedGzip(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.truncatedGzip());
    }

    @Property(tries = 10)
    void truncatedWebArchive(@ForAll long seed) throws IOException {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.truncatedWarc(scratch));
    }

    @Property(tries = 15)
    void invalidUtf8(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.invalidUtf8());
    }

    @Property(tries = 15)
    void binaryUnderTextNames(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.binaryAsText());
    }

    @Property(tries = 15)
    void jsonLinesWithWrongTypesAndHugeNumbers(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.jsonLines());
    }

    @Property(tries = 15)
    void feedsWithExternalEntitiesAndEntityExpansion(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        List<Article> read = check(files, files.feedEntities(secret));
        assertThat(read)
                .as("no document holds what an external entity points at")
                .noneMatch(a -> a.text().contains(HostileFiles.SECRET)
                        || (a.title() != null && a.title().contains(HostileFiles.SECRET)));
    }

    @Property(tries = 10)
    void emptyFiles(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.empty());
    }

    @Property(tries = 15)
    void oddNames(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.oddName());
    }

    @Property(tries = 8)
    void veryLargeFiles(@ForAll long seed) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.veryLarge(LIMITS.documentBytes()));
    }

    @Property(tries = 10)
    void deepNesting(@ForAll long seed, @ForAll @IntRange(min = 300, max = 60_000) int depth) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.deepNesting(depth));
    }

    @Property(tries = 8)
    void decompressionBombs(@ForAll long seed, @ForAll @IntRange(min = 2, max = 48) int megabytes) {
        HostileFiles files = new HostileFiles(seed);
        check(files, files.bomb(megabytes));
    }

    /**
     * Reads a folder holding the input and three good articles, and checks what a user would see; gives
     * the articles read.
     */
    static List<Article> check(HostileFiles files, Input input) {
        Path dir;
        try {
            dir = Files.createTempDirectory(scratch, "case");
            Files.writeString(dir.resolve("good-one.txt"), files.text());
            Files.writeString(dir.resolve("good-two.html"), files.html());
            Files.write(
                    dir.resolve("good-three.jsonl"),
                    files.jsonLine("https://courier.example/good").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = input.write(dir);
        List<Article> articles = Collections.synchronizedList(new ArrayList<>());
        List<Rejection> rejections;
        try {
            rejections = pipeline.extract(
                    DocumentSource.of(List.of(dir.toString()), reader), articles::add, PipelineListener.quiet());
        } finally {
            delete(dir);
        }
        List<String> sources = articles.stream().map(Article::source).toList();
        assertThat(sources)
                .as("the good articles beside %s are read", input)
                .contains(
                        dir.resolve("good-one.txt").toString(),
                        dir.resolve("good-two.html").toString(),
                        "https://courier.example/good");
        assertThat(sources).as("good records inside %s are read", input).containsAll(input.keeps());
        assertThat(articles)
                .as("every text read from %s can be written as UTF-8 (no unpaired surrogates)", input)
                .allMatch(a -> StandardCharsets.UTF_8.newEncoder().canEncode(a.text())
                        && (a.title() == null
                                || StandardCharsets.UTF_8.newEncoder().canEncode(a.title())));
        for (Rejection r : rejections) {
            assertClear(r, input);
        }
        String path = file.toString();
        boolean named = rejections.stream()
                .anyMatch(r -> r.source().equals(path) || r.source().startsWith(path + "#"));
        boolean read = sources.stream().anyMatch(s -> s.equals(path) || s.startsWith(path + "#"))
                || !input.keeps().isEmpty();
        if (input.expect() == Expect.REJECTED) {
            assertThat(named)
                    .as("%s is named by a rejection; got %s", input, rejections)
                    .isTrue();
        } else {
            assertThat(named || read)
                    .as("%s is read or named by a rejection; got %s", input, rejections)
                    .isTrue();
        }
        return List.copyOf(articles);
    }

    /** One line, naming what was rejected, saying why in words (no class names, no "null"). */
    static void assertClear(Rejection r, Object input) {
        String line = r.message();
        assertThat(line).as("one line for %s", input).doesNotContain("\n", "\r");
        assertThat(r.source()).as("a rejection names its file or record").isNotBlank();
        assertThat(r.reason()).as("a rejection says why").isNotBlank();
        assertThat(UNCLEAR.matcher(r.reason()).find())
                .as("the reason for %s is clear: %s", input, line)
                .isFalse();
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
