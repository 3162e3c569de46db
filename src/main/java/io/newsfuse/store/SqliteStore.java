package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Rarity;
import io.newsfuse.extract.Article;
import io.newsfuse.support.Json;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store kept in one directory: {@code newsfuse.db} (SQLite, schema managed by Flyway) holds the
 * articles with their full analysis and the stories; {@code index/} holds the Lucene search index,
 * derived from the articles and rebuilt from them whenever it disagrees. Thread-safe: one connection,
 * used by one caller at a time. One process at a time may open a store directory (the search index is
 * locked while open). Stories may only name stored articles: a story naming an unknown article makes
 * {@link #replaceStories} fail and keep the previous stories.
 */
public final class SqliteStore implements Store {
    /** File name of the database inside the store directory. */
    public static final String DATABASE_FILE = "newsfuse.db";
    /** Name of the search index directory inside the store directory. */
    public static final String INDEX_DIR = "index";

    /** An article's analysis and its vectors (absent for articles stored before schema v3). */
    private static final String ARTICLE_ROWS =
            "SELECT a.id, a.analysis, v.vectors FROM articles a LEFT JOIN article_vectors v ON v.id = a.id";

    private final Path dir;
    private final Connection connection;
    private final LuceneIndex index;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed;

    private SqliteStore(Path dir, Connection connection, LuceneIndex index) {
        this.dir = dir;
        this.connection = connection;
        this.index = index;
    }

    /**
     * Opens the store in {@code dir}, creating the directory, the database and the index as needed,
     * bringing the schema up to date and rebuilding the index if it does not match the articles.
     *
     * @throws StoreException with a one-line reason when the directory cannot hold a newsfuse store
     */
    public static SqliteStore open(Path dir) {
        createDirectory(dir);
        Connection connection = SqliteDatabase.connect(dir.resolve(DATABASE_FILE));
        LuceneIndex index;
        try {
            index = LuceneIndex.open(dir.resolve(INDEX_DIR));
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
        SqliteStore store = new SqliteStore(dir, connection, index);
        try {
            store.syncIndex();
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static void createDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("cannot open store: " + dir + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot open store: " + e.getFile() + " is in the way (not a directory)", e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("cannot open store: directory " + dir + " is not writable");
        }
    }

    /** The directory this store lives in. */
    public Path directory() {
        return dir;
    }

    /**
     * Computes the clustering features of articles stored before they existed (schema v1), then rebuilds
     * the search index from the stored articles when it is of an older layout or their counts differ.
     */
    private void syncIndex() {
        locked(() -> {
            backfillFeatures();
            int stored = countArticles();
            if (index.size() != stored || !index.hasCurrentLayout()) {
                index.replaceAll(indexEntries());
            }
            return null;
        });
    }

    private void backfillFeatures() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT a.id FROM articles a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM article_features f WHERE f.id = a.id)")) {
            while (rs.next()) {
                missing.add(rs.getString(1));
            }
        }
        for (int from = 0; from < missing.size(); from += 200) {
            List<AnalyzedArticle> part = readByIds(missing.subList(from, Math.min(missing.size(), from + 200)));
            inTransaction(() -> {
                try (PreparedStatement st = connection.prepareStatement(
                        "INSERT OR IGNORE INTO article_features (id, features) VALUES (?, ?)")) {
                    for (AnalyzedArticle a : part) {
                        st.setString(1, a.id());
                        st.setBytes(2, FeatureCodec.encode(ArticleFeatures.of(a)));
                        st.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    /** Discards the search index and builds it again from the stored articles. */
    public void rebuildIndex() {
        locked(() -> {
            index.replaceAll(indexEntries());
            return null;
        });
    }

    @Override
    public boolean contains(String articleId) {
        return locked(() -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                st.setString(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void saveArticles(Collection<AnalyzedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        locked(() -> {
            List<LuceneIndex.Entry> added = inTransaction(() -> insertArticles(articles));
            try {
                index.add(added);
            } catch (StoreException e) {
                // The articles are committed; a stale index is repaired by rebuilding it from them.
                index.replaceAll(indexEntries());
            }
            return null;
        });
    }

    private List<LuceneIndex.Entry> insertArticles(Collection<AnalyzedArticle> articles) throws SQLException {
        String sql = "INSERT OR IGNORE INTO articles (id, source, title, published, language, site, text, analysis)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        List<LuceneIndex.Entry> added = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql);
                PreparedStatement feature = connection.prepareStatement(
                        "INSERT OR IGNORE INTO article_features (id, features) VALUES (?, ?)");
                PreparedStatement vectors = connection.prepareStatement(
                        "INSERT OR IGNORE INTO article_vectors (id, vectors) VALUES (?, ?)")) {
            for (AnalyzedArticle analyzed : articles) {
                Article a = analyzed.article();
                ArticleFeatures features = ArticleFeatures.of(analyzed);
                st.setString(1, a.id());
                st.setString(2, a.source());
                st.setString(3, a.title());
                st.setString(4, a.published() == null ? null : a.published().toString());
                st.setString(5, a.language());
                st.setString(6, a.site());
                st.setString(7, a.text());
                st.setString(8, Json.write(VectorCodec.strip(analyzed)));
                if (st.executeUpdate() == 1) {
                    feature.setString(1, a.id());
                    feature.setBytes(2, FeatureCodec.encode(features));
                    feature.executeUpdate();
                    vectors.setString(1, a.id());
                    vectors.setBytes(2, VectorCodec.encode(analyzed));
                    vectors.executeUpdate();
                    added.add(LuceneIndex.Entry.of(a, features));
                }
            }
        }
        return added;
    }

    @Override
    public List<AnalyzedArticle> articles() {
        return locked(() -> readArticles(ARTICLE_ROWS + " ORDER BY a.published IS NULL, a.published, a.id", null));
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
        return locked(() -> readArticles(ARTICLE_ROWS + " WHERE a.id = ?", id)).stream()
                .findFirst();
    }

    @Override
    public Map<String, String> articleTexts(Collection<String> ids) {
        return locked(() -> {
            Map<String, String> out = new java.util.HashMap<>();
            forChunks(
                    List.copyOf(new LinkedHashSet<>(ids)),
                    "SELECT id, text FROM articles WHERE id IN",
                    rs -> out.put(rs.getString(1), rs.getString(2)));
            return out;
        });
    }

    @Override
    public List<AnalyzedArticle> articles(Collection<String> ids) {
        return locked(() -> readByIds(ids));
    }

    private List<AnalyzedArticle> readByIds(Collection<String> ids) throws SQLException {
        Map<String, AnalyzedArticle> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        forChunks(
                all,
                ARTICLE_ROWS + " WHERE a.id IN",
                rs -> found.put(rs.getString(1), decode(rs.getString(1), rs.getString(2), rs.getBytes(3))));
        return all.stream().filter(found::containsKey).map(found::get).toList();
    }

    private List<AnalyzedArticle> readArticles(String sql, String parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            List<AnalyzedArticle> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(decode(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return List.copyOf(result);
        }
    }

    private AnalyzedArticle decode(String id, String json, byte[] vectors) {
        try {
            AnalyzedArticle a = Json.read(json, AnalyzedArticle.class);
            return vectors == null ? a : VectorCodec.attach(a, vectors);
        } catch (RuntimeException e) {
            throw new StoreException("stored article " + id + " in " + dir + " cannot be read: " + firstLine(e), e);
        }
    }

    @Override
    public List<String> articleIdsBySource(String source) {
        return locked(() -> {
            try (PreparedStatement st =
                    connection.prepareStatement("SELECT id FROM articles WHERE source = ? ORDER BY id")) {
                st.setString(1, source);
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
    public int articleCount() {
        return locked(this::countArticles);
    }

    @Override
    public Map<String, ArticleFeatures> features(Collection<String> articleIds) {
        return locked(() -> {
            Map<String, ArticleFeatures> out = new java.util.HashMap<>();
            forChunks(
                    List.copyOf(new LinkedHashSet<>(articleIds)),
                    "SELECT id, features FROM article_features WHERE id IN",
                    rs -> out.put(rs.getString(1), FeatureCodec.decode(rs.getString(1), rs.getBytes(2))));
            return out;
        });
    }

    @Override
    public List<String> similarArticles(ArticleFeatures article, int maxDays, int limit) {
        ensureOpen();
        return index.similar(article, maxDays, limit);
    }

    @Override
    public Rarity rarity() {
        ensureOpen();
        return index.rarity();
    }

    @Override
    public List<String> unassignedArticleIds() {
        return locked(() -> strings(
                "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)"
                        + " ORDER BY a.published IS NULL, a.published, a.id",
                null));
    }

    @Override
    public Map<String, ArticleListing> listings(Collection<String> ids) {
        return locked(() -> StoryQueries.listings(connection, ids));
    }

    @Override
    public Map<String, String> storyIdsOf(Collection<String> articleIds) {
        return locked(() -> StoryQueries.storyIdsOf(connection, articleIds));
    }

    @Override
    public List<String> storyMembers(String storyId) {
        return locked(() -> StoryQueries.members(connection, storyId));
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
            String now = java.time.Instant.now().toString();
            try (PreparedStatement dropMembers =
                            connection.prepareStatement("DELETE FROM story_articles WHERE story_id = ?");
                    PreparedStatement dropStory = connection.prepareStatement("DELETE FROM stories WHERE id = ?");
                    PreparedStatement alias = connection.prepareStatement(
                            "INSERT OR REPLACE INTO story_aliases (old_id, story_id) VALUES (?, ?)");
                    PreparedStatement repoint =
                            connection.prepareStatement("UPDATE story_aliases SET story_id = ? WHERE story_id = ?")) {
                for (var e : merged.entrySet()) {
                    dropMembers.setString(1, e.getKey());
                    dropMembers.executeUpdate();
                    dropStory.setString(1, e.getKey());
                    dropStory.executeUpdate();
                    repoint.setString(1, e.getValue());
                    repoint.setString(2, e.getKey());
                    repoint.executeUpdate();
                    alias.setString(1, e.getKey());
                    alias.setString(2, e.getValue());
                    alias.executeUpdate();
                }
            }
            int position = maxPosition() + 1;
            try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE stories SET title = ?, report = ?, updated = ? WHERE id = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO stories (id, title, report, position, created, updated) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement dropMembers =
                            connection.prepareStatement("DELETE FROM story_articles WHERE story_id = ?");
                    PreparedStatement moveArticle =
                            connection.prepareStatement("DELETE FROM story_articles WHERE article_id = ?");
                    PreparedStatement member = connection.prepareStatement(
                            "INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)");
                    PreparedStatement unalias =
                            connection.prepareStatement("DELETE FROM story_aliases WHERE old_id = ?")) {
                for (StoredStory s : stories) {
                    update.setString(1, s.title());
                    update.setString(2, s.reportJson());
                    update.setString(3, now);
                    update.setString(4, s.id());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, s.id());
                        insert.setString(2, s.title());
                        insert.setString(3, s.reportJson());
                        insert.setInt(4, position++);
                        insert.setString(5, s.created().isEmpty() ? now : s.created());
                        insert.setString(6, now);
                        insert.executeUpdate();
                        unalias.setString(1, s.id());
                        unalias.executeUpdate();
                    }
                    dropMembers.setString(1, s.id());
                    dropMembers.executeUpdate();
                    int order = 0;
                    for (String articleId : new LinkedHashSet<>(s.articleIds())) {
                        moveArticle.setString(1, articleId);
                        moveArticle.executeUpdate();
                        member.setString(1, s.id());
                        member.setString(2, articleId);
                        member.setInt(3, order++);
                        member.executeUpdate();
                    }
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

    private int maxPosition() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(position), -1) FROM stories")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public List<StoredStory> stories() {
        return locked(() -> StoryQueries.stories(connection));
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        return StoryQueries.strings(connection, sql, parameter);
    }

    private void forChunks(List<String> ids, String sqlPrefix, StoryQueries.Row row) throws SQLException {
        StoryQueries.forChunks(connection, ids, sqlPrefix, row);
    }

    @Override
    public List<String> search(String query, int limit) {
        ensureOpen();
        return index.search(query, limit);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                index.close();
            } finally {
                closeQuietly(connection);
            }
        } finally {
            lock.unlock();
        }
    }

    private int countArticles() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<LuceneIndex.Entry> indexEntries() {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT a.id, a.title, a.text, a.language, a.published, f.features"
                        + " FROM articles a LEFT JOIN article_features f ON f.id = a.id")) {
            List<LuceneIndex.Entry> entries = new ArrayList<>();
            while (rs.next()) {
                String published = rs.getString(5);
                byte[] data = rs.getBytes(6);
                ArticleFeatures f = data == null ? null : FeatureCodec.decode(rs.getString(1), data);
                entries.add(new LuceneIndex.Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        published == null ? null : LocalDate.parse(published),
                        f == null ? List.of() : f.keys(),
                        f == null ? List.of() : f.words().keySet()));
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + dir + ": " + firstLine(e), e);
        }
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
            throw new StoreException("store " + dir + " failed: " + firstLine(e), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work as one transaction: all of it is committed, or none of it. Caller holds the lock. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("store " + dir + ": write rolled back: " + firstLine(e), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("store " + dir + " is closed");
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort; nothing is pending
        }
    }
}
