package io.newsfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfuse.support.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI as a user would, on the bundled examples, in a scratch store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliEndToEndTest {
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    static Path tmp;

    private Path db;
    private Path firstReport;
    private Run first;

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Case, accent and punctuation folded, as evaluation compares texts. */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    @BeforeAll
    void reportOnTheExamples() {
        db = tmp.resolve("db");
        firstReport = tmp.resolve("first.json");
        first = cli(
                "report",
                "--format",
                "json",
                "--out",
                firstReport.toString(),
                "--db",
                db.toString(),
                EXAMPLES.toString());
    }

    @Test
    void eachExampleEventBecomesOneStoryAndTheUnrelatedArticleStaysAlone() throws IOException {
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode stories = Json.mapper().readTree(firstReport.toFile()).get("stories");
        Map<String, Set<Integer>> storiesOfFolder = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            for (JsonNode article : stories.get(i).get("articles")) {
                String source = article.get("source").asText();
                if (source.startsWith(EXAMPLES.toString())) {
                    String folder =
                            EXAMPLES.relativize(Path.of(source)).getName(0).toString();
                    storiesOfFolder
                            .computeIfAbsent(folder, k -> new HashSet<>())
                            .add(i);
                }
            }
        }
        assertThat(storiesOfFolder).isNotEmpty();
        storiesOfFolder.forEach(
                (folder, in) -> assertThat(in).as("stories holding " + folder).hasSize(1));
        assertThat(new HashSet<>(storiesOfFolder.values()))
                .as("no two folders share a story")
                .hasSize(storiesOfFolder.size());
        assertThat(first.out()).contains("■");
    }

    @Test
    void summarySentencesAreTheCitedArticlesOwnWords() throws IOException {
        JsonNode stories = Json.mapper().readTree(firstReport.toFile()).get("stories");
        int checked = 0;
        for (JsonNode story : stories) {
            Map<String, String> text = new HashMap<>();
            for (JsonNode a : story.get("articles")) {
                text.put(a.get("id").asText(), a.get("source").asText());
            }
            for (JsonNode s : story.get("summary")) {
                String source = text.get(s.get("article").asText());
                assertThat(source).as("cited article is in the story").isNotNull();
                if (source.endsWith(".txt")) {
                    assertThat(fold(Files.readString(Path.of(source))))
                            .contains(fold(s.get("text").asText()));
                    checked++;
                }
            }
            assertThat(story.get("entities")).isNotEmpty();
        }
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void reportingTheSameInputAgainChangesNothing() throws IOException {
        Path second = tmp.resolve("second.json");
        Run again = cli(
                "report", "--format", "json", "--out", second.toString(), "--db", db.toString(), EXAMPLES.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("(0 new)");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(firstReport));
    }

    @Test
    void markdownReportIsWritten() throws IOException {
        Path md = tmp.resolve("stories.md");
        Run run = cli("report", "--format", "md", "--out", md.toString(), "--db", db.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readString(md)).contains("# newsfuse report", "### Summary", "### Sources");
    }

    @Test
    void aBadFileIsRejectedByNameWhileTheGoodOnesAreStored() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(
                in.resolve("good.txt"),
                "Harbour cranes stand still in Portmere\n\nDock workers in the port "
                        + "of Portmere walked out on Monday after talks over night-shift pay collapsed, the union said. "
                        + "Around 900 members stopped work at the container terminal, leaving eleven ships waiting offshore.");
        Files.write(in.resolve("broken.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, (byte) 0xFF, 0});
        Path store = tmp.resolve("mixed-db");

        Run run = cli("ingest", "--db", store.toString(), in.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).as(run.out()).contains("broken.txt").contains("1 rejected");
        Run list = cli("stories", "--db", store.toString());
        assertThat(list.out()).contains("Harbour cranes stand still in Portmere");
    }

    @Test
    void storiesAreListedWithTheirIdsAsATableJsonOrCsv() throws IOException {
        Run json = cli("stories", "--db", db.toString(), "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode listed = Json.mapper().readTree(json.out()).get("stories");
        assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
        JsonNode first = listed.get(0);
        assertThat(first.get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(first.get("articles").asInt())
                .isGreaterThanOrEqualTo(first.get("independentSources").asInt());

        Run csv = cli("stories", "--db", db.toString(), "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,title,first_date,last_date,articles");
        assertThat(csv.out().lines()).hasSize(listed.size() + 1);

        Run table = cli("stories", "--db", db.toString());
        assertThat(table.out()).contains(first.get("id").asText()).contains(listed.size() + " stories");
    }

    @Test
    void oneStoryIsReportedByItsIdWithoutReadingAnyInput() throws IOException {
        String id = Json.mapper()
                .readTree(cli("stories", "--db", db.toString(), "--format", "json")
                        .out())
                .get("stories")
                .get(1)
                .get("id")
                .asText();
        Path out = tmp.resolve("one.json");

        Run run = cli("report", "--story", id, "--format", "json", "--out", out.toString(), "--db", db.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode stories = Json.mapper().readTree(out.toFile()).get("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("id").asText()).isEqualTo(id);
        assertThat(run.err()).contains("wrote 1 story to");

        Run unknown = cli("report", "--story", "0000000000000000", "--out", out.toString(), "--db", db.toString());
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("no story with id 0000000000000000").doesNotContain("Exception");
    }

    @Test
    void theGrowthBenchmarkGrowsAStoreAndTimesAddingTenArticles() {
        Run run = cli("bench", "--store-size", "40", EXAMPLES.resolve("strike").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("incremental: store of 4\\d articles, added 10 in [0-9.]+ s \\([0-9.]+ CPU s\\),"
                        + " \\d+ stories consolidated again");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "report", "stories", "extract", "bench"}) {
            Run help = cli(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }
}
