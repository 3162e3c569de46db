package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsfuse.analyze.AnalyzedArticle;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What only the shared store does: several processes (here, several store instances) write at once. */
class PostgresStoreTest {
    private final StoreKind kind = StoreKind.postgres();

    @AfterEach
    void dropDatabase() throws Exception {
        kind.close();
    }

    private static List<AnalyzedArticle> notices(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> Fixtures.plain(
                        "/data/notice-" + i + ".txt",
                        "Harbour notice " + i,
                        "Harbour notice number " + (100 + i) + " about berth allocation at Semmet quay " + (i % 3)
                                + ".",
                        LocalDate.of(2031, 6, 1 + i % 28)))
                .toList();
    }

    @Test
    void twoWritersStoringOverlappingBatchesKeepOneCopyAndCountTermsOnce() throws Exception {
        List<AnalyzedArticle> all = notices(40);
        try (Store one = kind.open();
                Store two = kind.open();
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 4) {
                List<AnalyzedArticle> batch = all.subList(i, Math.min(all.size(), i + 8)); // overlaps the next
                List<AnalyzedArticle> reversed = new ArrayList<>(batch);
                java.util.Collections.reverse(reversed);
                writes.add(pool.submit(() -> one.saveArticles(batch)));
                writes.add(pool.submit(() -> two.saveArticles(reversed)));
            }
            for (Future<?> f : writes) {
                f.get();
            }
            assertThat(one.articleCount()).isEqualTo(40);
            assertThat(two.articles()).hasSize(40);
            assertThat(one.rarity().wordFrequency("harbour")).isEqualTo(40);
            assertThat(two.rarity().keyFrequency("#100")).isEqualTo(1);
            assertThat(one.search("berth", 100)).hasSize(40);
        }
    }

    @Test
    void theStoryLockHoldsOffOtherProcessesUntilReleased() throws Exception {
        try (Store store = kind.open();
                Connection other = otherSession();
                Statement st = other.createStatement()) {
            try (Store.StoryLock held = store.lockStories()) {
                assertThat(tryLock(st)).as("held by the store's session").isFalse();
            }
            assertThat(tryLock(st)).as("released on close").isTrue();
        }
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws Exception {
        try (Connection c = otherSession();
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(kind::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a newsfuse database")
                .message()
                .doesNotContain("\n");
    }

    @Test
    void textWithNulCharactersIsStored() {
        AnalyzedArticle odd = Fixtures.plain("/data/odd\0name.txt", "Odd\0title", "Text with a \0 inside it.", null);
        try (Store store = kind.open()) {
            store.saveArticles(List.of(odd));
            assertThat(store.article(odd.id()).orElseThrow().article().text())
                    .isEqualTo(odd.article().text());
            assertThat(store.search("inside", 5)).containsExactly(odd.id());
        }
    }

    private Connection otherSession() throws Exception {
        PostgresLocation l = PostgresLocation.parse(kind.location());
        return DriverManager.getConnection(l.jdbcUrl(), l.properties());
    }

    private static boolean tryLock(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + PostgresStore.STORY_LOCK + ")")) {
            rs.next();
            boolean got = rs.getBoolean(1);
            if (got) {
                st.execute("SELECT pg_advisory_unlock(" + PostgresStore.STORY_LOCK + ")");
            }
            return got;
        }
    }
}
