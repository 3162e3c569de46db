package io.newsfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.store.EveryStore;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoreKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an ingest process killed without warning ({@code kill -9}) at random points of its work
 * (reading, analysing, between and during the store's transactions, while placing stories) leaves a store
 * that opens, holds each article at most once and stays searchable; running the same ingest again then
 * completes the job: every article exactly once, every article in a story, and a further run changes
 * nothing.
 */
class KilledIngestTest {
    private static final int ARTICLES = 10;
    private static final int KILLS = 2;
    private static final String[] TOWNS = {"Varnholm", "Ostravin", "Marrowgate", "Quillon", "Sadderby"};
    private static final String[] WHAT = {
        "a fire spread through a timber warehouse near the docks",
        "the river burst its banks after three days of rain",
        "bus drivers walked out over new rosters",
        "engineers closed the old bridge after finding cracks in a pier",
        "a substation fault cut power to the northern districts"
    };

    @TempDir
    Path dir;

    @EveryStore
    void killedAtRandomPointsThenRerunStoresEveryArticleExactlyOnce(StoreKind kind) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            Path file = input.resolve("report-" + i + ".txt");
            Files.writeString(file, article(i));
            sources.add(file.toString());
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        // reading, extraction, analysis and storing give 4 lines per article, stories about one more each
        int steps = ARTICLES * 5;
        for (int kill = 0; kill < KILLS; kill++) {
            int at = 1 + random.nextInt(steps);
            Run run = run(kind.location(), input, at);
            try (Store store = kind.open()) {
                List<AnalyzedArticle> stored = store.articles();
                assertThat(stored.stream().map(a -> a.article().source()))
                        .as("after a kill at step %d (seed %d): each article at most once, none foreign", at, seed)
                        .doesNotHaveDuplicates()
                        .allMatch(sources::contains);
                assertThat(store.articleCount()).isEqualTo(stored.size());
            }
            assertIntact(kind, run);
        }
        Run finish = run(kind.location(), input, Integer.MAX_VALUE);
        assertThat(finish.completed())
                .as("the re-run completes: %s", finish.stderr())
                .isTrue();
        assertIntact(kind, finish);
        List<String> storyIds;
        try (Store store = kind.open()) {
            List<AnalyzedArticle> stored = store.articles();
            assertThat(stored.stream().map(a -> a.article().source()))
                    .as("every article exactly once (seed %d)", seed)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(sources);
            List<String> ids = stored.stream().map(a -> a.article().id()).toList();
            assertThat(store.unassignedArticleIds())
                    .as("no article left out of the stories")
                    .isEmpty();
            Map<String, String> storyOf = store.storyIdsOf(ids);
            assertThat(storyOf.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            Set<String> members = new HashSet<>();
            for (String story : new HashSet<>(storyOf.values())) {
                members.addAll(store.storyMembers(story));
            }
            assertThat(members).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(store.search("desk", 100))
                    .as("the search index holds every article")
                    .containsExactlyInAnyOrderElementsOf(ids);
            storyIds = store.stories().stream().map(s -> s.id()).sorted().toList();
        }
        Run again = run(kind.location(), input, Integer.MAX_VALUE);
        assertThat(again.completed()).isTrue();
        assertThat(again.stdout()).as("a further run adds nothing").contains("done 0");
        try (Store store = kind.open()) {
            assertThat(store.articleCount()).isEqualTo(ARTICLES);
            assertThat(store.stories().stream().map(s -> s.id()).sorted().toList())
                    .isEqualTo(storyIds);
        }
    }

    /** The store's own check passes (SQLite) and no run had to rebuild an unreadable search index. */
    private static void assertIntact(StoreKind kind, Run run) throws SQLException {
        assertThat(run.stderr()).as("the search index stayed readable").doesNotContain("could not be read");
        if (kind.shared()) {
            return;
        }
        Path db = Path.of(kind.location()).resolve("newsfuse.db");
        if (!Files.exists(db)) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("SQLite integrity check").isEqualTo("ok");
        }
    }

    /** What a child run printed, and whether it completed (else it was killed). */
    private record Run(boolean completed, String stdout, String stderr) {}

    /** Runs an ingest in a child JVM, killing it without warning once it has printed {@code killAt} steps. */
    private Run run(String location, Path input, int killAt) throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "child", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xmx2g",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestChild.class.getName(),
                        location,
                        input.toString())
                .redirectError(err.toFile());
        pb.environment().putAll(System.getenv());
        Process child = pb.start();
        StringBuilder out = new StringBuilder();
        int steps = 0;
        boolean killed = false;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.append(line).append('\n');
                if (line.startsWith("step ") && ++steps >= killAt) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
        }
        String stderr = Files.readString(err);
        boolean completed = !killed && child.exitValue() == 0;
        return new Run(completed, out.toString(), stderr);
    }

    private static String article(int i) {
        String town = TOWNS[i % TOWNS.length];
        return "Crews in " + town + " worked overnight (report " + i + ")\n\n" + town + " residents woke on Tuesday "
                + "to find that " + WHAT[i % WHAT.length] + ", officials said. At least " + (3 + i) + " people were "
                + "hurt and " + (20 + 7 * i) + " homes were affected.\n\n\"We will keep going until every road is "
                + "open,\" said the mayor, Ilse Brandvik, at a briefing on March " + (1 + i) + ".\n\nThe account was "
                + "filed by the " + town + " desk.\n";
    }
}
