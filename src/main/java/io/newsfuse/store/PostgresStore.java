package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Rarity;
import io.newsfuse.extract.Article;
import io.newsfuse.support.Json;
import io.newsfuse.text.Folding;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store kept in a PostgreSQL database, shared by every process that opens it: a team's analysts,
 * several ingest machines, a Spark job. It holds what the SQLite store holds and also what that store
 * keeps in its Lucene index, so that every process finds the same things: full-text search is
 * PostgreSQL's own (a {@code tsvector} of folded title and text under a GIN index); clustering candidates
 * come from a table of each article's terms joined with the terms chosen ({@link CandidateTerms}), and
 * rarity from a table of document frequencies updated in the transaction that stores the articles.
 *
 * <p>Concurrent writers: articles are inserted in id order with {@code ON CONFLICT DO NOTHING}, so two
 * processes storing the same article keep one copy and count its terms once; a transaction that meets a
 * deadlock or a serialisation failure is retried. Story steps are serialised across processes by an
 * advisory lock ({@link #lockStories}), which the server drops with the connection of a killed process.
 * Thread-safe: one connection, used by one caller at a time, and one more for the story lock.
 */
public final class PostgresStore implements Store {
    /** Key of the advisory lock that serialises story steps (any fixed number unique to newsfuse). */
    static final long STORY_LOCK = 0x6E6577736675L;

    private static final int ATTEMPTS = 5;
    /** The longest text put in the search vector (PostgreSQL refuses vectors over 1 MB). */
    private static final int MAX_SEARCH_TEXT = 200_000;

    private static final String KEY = "k:";
    private static final String WORD = "w:";
    private static final String ARTICLE_ROWS =
            "SELECT a.id, a.analysis, v.vectors FROM articles a LEFT JOIN article_vectors v ON v.id = a.id";
    private static final String DATE_ORDER = " ORDER BY a.published NULLS LAST, a.id";

    private final PostgresLocation location;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock storyLock = new ReentrantLock();
    private Connection lockConnection;
    private volatile Frequencies frequencies;
    private volatile boolean closed;

    private PostgresStore(PostgresLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * Opens the store in the database at {@code location}, creating its tables on first use.
     *
     * @throws StoreException with a one-line reason when the server cannot be reached, refuses the
     *                        credentials, or the database belongs to something else
     */
    public static PostgresStore open(PostgresLocation location) {
        return new PostgresStore(location, PostgresDatabase.connectMigrated(location));
    }

    /** Opens the store at an address written {@code postgresql://USER@HOST:PORT/DATABASE}. */
    public static PostgresStore open(String address) {
        return open(PostgresLocation.parse(address));
    }

    /** Where this store lives (no password). */
    public PostgresLocation location() {
        return location;
    }

    @Override
    public boolean contains(String articleId) {
        return locked(
                () -> !strings("SELECT 1 FROM articles WHERE id = ?", articleId).isEmpty());
    }

    @Override
    public void saveArticles(Collection<AnalyzedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        locked(() -> inTransaction(() -> {
            Map<String, AnalyzedArticle> byId = new TreeMap<>();
            for (AnalyzedArticle a : articles) {
                byId.putIfAbsent(a.id(), a); // one per id; id order, so concurrent writers lock rows alike
            }
            insertArticles(byId.values());
            return null;
        }));
        frequencies = null;
    }

    private void insertArticles(Collection<AnalyzedArticle> articles) throws SQLException {
        Map<String, Integer> termCounts = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                        "INSERT INTO articles (id, source, title, published, language, site, text, analysis, search)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, setweight(to_tsvector('simple', ?), 'A')"
                                + " || setweight(to_tsvector('simple', ?), 'B')) ON CONFLICT (id) DO NOTHING");
                PreparedStatement feature =
                        connection.prepareStatement("INSERT INTO article_features (id, features) VALUES (?, ?)");
                PreparedStatement vectors =
                        connection.prepareStatement("INSERT INTO article_vectors (id, vectors) VALUES (?, ?)");
                PreparedStatement terms = connection.prepareStatement(
                        "INSERT INTO article_terms (term, id, day) SELECT DISTINCT unnest(?::text[]), ?, ?")) {
            for (AnalyzedArticle analyzed : articles) {
                Article a = analyzed.article();
                ArticleFeatures features = ArticleFeatures.of(analyzed);
                st.setString(1, a.id());
                st.setString(2, clean(a.source()));
                st.setString(3, clean(a.title()));
                st.setDate(4, a.published() == null ? null : Date.valueOf(a.published()));
                st.setString(5, clean(a.language()));
                st.setString(6, clean(a.site()));
                st.setString(7, clean(a.text()));
                st.setString(8, Json.write(VectorCodec.strip(analyzed)));
                st.setString(9, Folding.fold(clean(a.title())));
                st.setString(10, Folding.fold(clean(truncate(a.text()))));
                if (st.executeUpdate() == 0) {
                    continue; // stored already, by an earlier run or by another process just now
                }
                feature.setString(1, a.id());
                feature.setBytes(2, FeatureCodec.encode(features));
                feature.executeUpdate();
                vectors.setString(1, a.id());
                vectors.setBytes(2, VectorCodec.encode(analyzed));
                vectors.executeUpdate();
                List<String> own = termsOf(features);
                own.forEach(t -> termCounts.merge(t, 1, Integer::sum));
                terms.setArray(1, textArray(own));
                terms.setString(2, a.id());
                if (features.date() == null) {
                    terms.setNull(3, java.sql.Types.INTEGER);
                } else {
                    terms.setInt(3, (int) features.date().toEpochDay());
                }
                terms.executeUpdate();
            }
        }
        if (termCounts.isEmpty()) {
            return;
        }
        Integer[] counts = termCounts.values().toArray(Integer[]::new);
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO term_frequencies (term, articles)"
                + " SELECT t.term, t.n FROM unnest(?::text[], ?::int[]) AS t(term, n) ORDER BY t.term"
                + " ON CONFLICT (term) DO UPDATE SET articles = term_frequencies.articles + EXCLUDED.articles")) {
            st.setArray(1, textArray(termCounts.keySet()));
            st.setArray(2, connection.createArrayOf("int4", counts));
            st.executeUpdate();
        }
    }

    /** An article's distinct clustering terms, each marked as a key or a word. */
    private static List<String> termsOf(ArticleFeatures f) {
        Set<String> out = new LinkedHashSet<>();
        f.keys().forEach(k -> out.add(KEY + k));
        f.words().keySet().forEach(w -> out.add(WORD + w));
        return new ArrayList<>(out);
    }

    @Override
    public List<AnalyzedArticle> articles() {
        return locked(() -> readArticles(ARTICLE_ROWS + DATE_ORDER, null));
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
        return locked(() -> readArticles(ARTICLE_ROWS + " WHERE a.id = ?", id)).stream()
                .findFirst();
    }

    @Override
    public Map<String, String> articleTexts(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        return locked(() -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement st =
                    connection.prepareStatement("SELECT id, text FROM articles WHERE id = ANY(?)")) {
                st.setArray(1, textArray(all));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AnalyzedArticle> articles(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, AnalyzedArticle> found = new HashMap<>();
        locked(() -> {
            readArticles(ARTICLE_ROWS + " WHERE a.id = ANY(?)", all).forEach(a -> found.put(a.id(), a));
            return null;
        });
        return all.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Articles of a query with no parameter, one string, or one array of strings. */
    private List<AnalyzedArticle> readArticles(String sql, Object parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, parameter);
            List<AnalyzedArticle> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(decode(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return List.copyOf(out);
        }
    }

    private AnalyzedArticle decode(String id, String json, byte[] vectors) {
        try {
            AnalyzedArticle a = Json.read(json, AnalyzedArticle.class);
            return vectors == null ? a : VectorCodec.attach(a, vectors);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "stored article " + id + " in " + location + " cannot be read: " + SqliteStore.firstLine(e), e);
        }
    }

    @Override
    public int articleCount() {
        return locked(this::countArticles);
    }

    private int countArticles() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public List<String> articleIdsBySource(String source) {
        return locked(() -> strings("SELECT id FROM articles WHERE source = ? ORDER BY id", clean(source)));
    }

    @Override
    public Map<String, ArticleFeatures> features(Collection<String> articleIds) {
        Map<String, ArticleFeatures> out = new HashMap<>();
        locked(() -> {
            try (PreparedStatement st =
                    connection.prepareStatement("SELECT id, features FROM article_features WHERE id = ANY(?)")) {
                st.setArray(1, textArray(new LinkedHashSet<>(articleIds)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), FeatureCodec.decode(rs.getString(1), rs.getBytes(2)));
                    }
                }
            }
            // clustering weighs the terms of exactly these articles next: read their rarity at once
            Set<String> terms = new LinkedHashSet<>();
            out.values().forEach(f -> terms.addAll(termsOf(f)));
            currentFrequencies().load(terms);
            return null;
        });
        return out;
    }

    @Override
    public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
        return locked(() -> {
            Frequencies df = currentFrequencies();
            df.load(termsOf(article));
            CandidateTerms chosen =
                    CandidateTerms.of(article, df.articles, k -> df.get(KEY + k), w -> df.get(WORD + w));
            if (chosen.isEmpty() || limit <= 0) {
                return List.of();
            }
            List<String> terms = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            chosen.keys().forEach(k -> {
                terms.add(KEY + k);
                weights.add(bm25Idf(df.articles, df.get(KEY + k)));
            });
            chosen.words().forEach(w -> {
                terms.add(WORD + w);
                weights.add(bm25Idf(df.articles, df.get(WORD + w)));
            });
            String dated = article.date() == null ? "" : " AND (t.day IS NULL OR t.day BETWEEN ? AND ?)";
            try (PreparedStatement st = connection.prepareStatement("SELECT t.id, sum(w.weight) AS score"
                    + " FROM unnest(?::text[], ?::float8[]) AS w(term, weight)"
                    + " JOIN article_terms t ON t.term = w.term WHERE t.id <> ?" + dated
                    + " GROUP BY t.id ORDER BY score DESC, t.id LIMIT ?")) {
                int i = 1;
                st.setArray(i++, textArray(terms));
                st.setArray(i++, connection.createArrayOf("float8", weights.toArray(Double[]::new)));
                st.setString(i++, article.id());
                if (article.date() != null) {
                    int day = (int) article.date().toEpochDay();
                    st.setInt(i++, day - maxDays);
                    st.setInt(i++, day + maxDays);
                }
                st.setInt(i, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The weight Lucene's BM25 gives a term held by {@code df} of {@code n} documents. */
    private static double bm25Idf(int n, int df) {
        return Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5));
    }

    @Override
    public Rarity rarity() {
        Frequencies df = locked(() -> {
            Frequencies fresh = new Frequencies(countArticles());
            frequencies = fresh;
            return fresh;
        });
        return new Rarity() {
            @Override
            public int articles() {
                return df.articles;
            }

            @Override
            public int keyFrequency(String key) {
                return frequency(df, KEY + key);
            }

            @Override
            public int wordFrequency(String word) {
                return frequency(df, WORD + word);
            }
        };
    }

    private int frequency(Frequencies df, String term) {
        Integer known = df.counts.get(term);
        if (known != null) {
            return known;
        }
        return locked(() -> {
            df.load(List.of(term));
            return df.get(term);
        });
    }

    /** The frequencies read since the last write or {@link #rarity} call. Caller holds the lock. */
    private Frequencies currentFrequencies() throws SQLException {
        Frequencies df = frequencies;
        if (df == null) {
            df = new Frequencies(countArticles());
            frequencies = df;
        }
        return df;
    }

    /**
     * Document frequencies read from the table, at one moment: clustering asks for the same terms again
     * and again, and one run's rarity must not shift under it as other processes store articles.
     */
    private final class Frequencies {
        final int articles;
        final Map<String, Integer> counts = new ConcurrentHashMap<>();

        Frequencies(int articles) {
            this.articles = articles;
        }

        int get(String term) {
            return counts.getOrDefault(term, 0);
        }

        /** Reads the frequencies of the terms not known yet. Caller holds the lock. */
        void load(Collection<String> terms) throws SQLException {
            List<String> missing = new ArrayList<>();
            for (String t : terms) {
                if (!counts.containsKey(t)) {
                    missing.add(t);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try (PreparedStatement st =
                    connection.prepareStatement("SELECT term, articles FROM term_frequencies WHERE term = ANY(?)")) {
                st.setArray(1, textArray(missing));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            missing.forEach(t -> counts.putIfAbsent(t, 0));
        }
    }

    @Override
    public List<String> unassignedArticleIds() {
        return locked(() -> strings(
                "SELECT a.id FROM articles a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)" + DATE_ORDER,
                null));
    }

    @Override
    public Map<String, ArticleListing> listings(Collection<String> ids) {
        return locked(() -> StoryQueries.listings(connection, ids));
    }

    @Override
    public Map<String, String> storyIdsOf(Collection<String> articleIds) {
        Map<String, String> out = new HashMap<>();
        locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT article_id, story_id FROM story_articles WHERE article_id = ANY(?)")) {
                st.setArray(1, textArray(new LinkedHashSet<>(articleIds)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
        return out;
    }

    @Override
    public List<String> storyMembers(String storyId) {
        return locked(() -> members(storyId));
    }

    private List<String> members(String storyId) throws SQLException {
        return StoryQueries.members(connection, storyId);
    }

    @Override
    public Optional<String> currentStoryId(String id) {
        return locked(() -> StoryQueries.resolve(connection, id));
    }

    @Override
    public Optional<StoredStory> story(String id) {
        return locked(() -> StoryQueries.story(connection, id));
    }

    @Override
    public void saveStories(Collection<StoredStory> stories, Map<String, String> merged) {
        if (stories.isEmpty() && merged.isEmpty()) {
            return;
        }
        locked(() -> inTransaction(() -> {
            String now = Instant.now().toString();
            try (PreparedStatement dropStory = connection.prepareStatement("DELETE FROM stories WHERE id = ?");
                    PreparedStatement alias = connection.prepareStatement("INSERT INTO story_aliases (old_id, story_id)"
                            + " VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET story_id = EXCLUDED.story_id");
                    PreparedStatement repoint =
                            connection.prepareStatement("UPDATE story_aliases SET story_id = ? WHERE story_id = ?")) {
                for (var e : merged.entrySet()) {
                    dropStory.setString(1, e.getKey()); // its members go with it (ON DELETE CASCADE)
                    dropStory.executeUpdate();
                    repoint.setString(1, e.getValue());
                    repoint.setString(2, e.getKey());
                    repoint.executeUpdate();
                    alias.setString(1, e.getKey());
                    alias.setString(2, e.getValue());
                    alias.executeUpdate();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE stories SET title = ?, report = ?, updated = ? WHERE id = ?");
                    PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO stories (id, title, report, position, created,"
                                    + " updated) VALUES (?, ?, ?, nextval('story_positions'), ?, ?)");
                    PreparedStatement dropMembers =
                            connection.prepareStatement("DELETE FROM story_articles WHERE story_id = ?");
                    PreparedStatement moveArticles =
                            connection.prepareStatement("DELETE FROM story_articles WHERE article_id = ANY(?)");
                    PreparedStatement member = connection.prepareStatement("INSERT INTO story_articles"
                            + " (story_id, article_id, position) SELECT ?, m.id, m.n - 1"
                            + " FROM unnest(?::text[]) WITH ORDINALITY AS m(id, n)");
                    PreparedStatement unalias =
                            connection.prepareStatement("DELETE FROM story_aliases WHERE old_id = ?")) {
                for (StoredStory s : stories) {
                    update.setString(1, clean(s.title()));
                    update.setString(2, s.reportJson());
                    update.setString(3, now);
                    update.setString(4, s.id());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, s.id());
                        insert.setString(2, clean(s.title()));
                        insert.setString(3, s.reportJson());
                        insert.setString(4, s.created().isEmpty() ? now : s.created());
                        insert.setString(5, now);
                        insert.executeUpdate();
                        unalias.setString(1, s.id());
                        unalias.executeUpdate();
                    }
                    dropMembers.setString(1, s.id());
                    dropMembers.executeUpdate();
                    Array ids = textArray(new LinkedHashSet<>(s.articleIds()));
                    moveArticles.setArray(1, ids);
                    moveArticles.executeUpdate();
                    member.setString(1, s.id());
                    member.setArray(2, ids);
                    member.executeUpdate();
                }
            }
            return null;
        }));
    }

    @Override
    public void clearStories() {
        locked(() -> inTransaction(() -> {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM story_articles");
                st.executeUpdate("DELETE FROM stories");
                st.executeUpdate("DELETE FROM story_aliases");
            }
            return null;
        }));
    }

    @Override
    public List<StoredStory> stories() {
        return locked(() -> StoryQueries.stories(connection));
    }

    @Override
    public List<String> search(String query, int limit) {
        Optional<PostgresSearch.Query> parsed = PostgresSearch.parse(query);
        if (parsed.isEmpty() || limit <= 0) {
            return List.of();
        }
        return locked(() -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT a.id FROM articles a, "
                    + parsed.get().function() + "('simple', ?) AS q WHERE a.search @@ q"
                    + " ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT ?")) {
                st.setString(1, parsed.get().text());
                st.setInt(2, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return List.copyOf(ids);
            }
        });
    }

    @Override
    public StoryLock lockStories() {
        ensureOpen();
        storyLock.lock();
        try {
            if (storyLock.getHoldCount() == 1) {
                lockConnection = PostgresDatabase.connect(location);
                try (Statement st = lockConnection.createStatement()) {
                    st.execute("SELECT pg_advisory_lock(" + STORY_LOCK + ")");
                }
            }
        } catch (SQLException | RuntimeException e) {
            PostgresDatabase.closeQuietly(lockConnection);
            lockConnection = null;
            storyLock.unlock();
            throw e instanceof StoreException se ? se : failure(e);
        }
        return this::unlockStories;
    }

    private void unlockStories() {
        try {
            if (storyLock.getHoldCount() == 1 && lockConnection != null) {
                try (Statement st = lockConnection.createStatement()) {
                    st.execute("SELECT pg_advisory_unlock(" + STORY_LOCK + ")");
                } catch (SQLException e) {
                    // the session is gone, and its lock with it
                } finally {
                    PostgresDatabase.closeQuietly(lockConnection);
                    lockConnection = null;
                }
            }
        } finally {
            storyLock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            PostgresDatabase.closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    /** A query's first column, with at most one string parameter. */
    private List<String> strings(String sql, String parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, parameter);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private void bind(PreparedStatement st, Object parameter) throws SQLException {
        if (parameter instanceof String s) {
            st.setString(1, s);
        } else if (parameter instanceof Collection<?> c) {
            st.setArray(1, connection.createArrayOf("text", c.toArray()));
        }
    }

    private Array textArray(Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    /** PostgreSQL text holds no NUL character; the JSON analysis keeps the text exactly. */
    private static String clean(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_SEARCH_TEXT ? text : text.substring(0, MAX_SEARCH_TEXT);
    }

    /** Work done on the connection that may fail with an SQL error. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T locked(Work<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the work as one transaction: all of it is committed, or none of it. A deadlock or a
     * serialisation failure (another process writing the same rows) is retried. Caller holds the lock.
     */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (attempt < ATTEMPTS && e instanceof SQLException se && retryable(se)) {
                    continue;
                }
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException("store " + location + ": write rolled back: " + SqliteStore.firstLine(e), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(Exception e) {
        return new StoreException("store " + location + " failed: " + SqliteStore.firstLine(e), e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("store " + location + " is closed");
        }
    }
}
