package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
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
import java.util.LinkedHashMap;
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

    /** Rebuilds the search index from the stored articles when their counts differ. */
    private void syncIndex() {
        locked(() -> {
            int stored = countArticles();
            if (index.size() != stored) {
                index.replaceAll(indexEntries());
            }
            return null;
        });
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
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (AnalyzedArticle analyzed : articles) {
                Article a = analyzed.article();
                st.setString(1, a.id());
                st.setString(2, a.source());
                st.setString(3, a.title());
                st.setString(4, a.published() == null ? null : a.published().toString());
                st.setString(5, a.language());
                st.setString(6, a.site());
                st.setString(7, a.text());
                st.setString(8, Json.write(analyzed));
                if (st.executeUpdate() == 1) {
                    added.add(LuceneIndex.Entry.of(a));
                }
            }
        }
        return added;
    }

    @Override
    public List<AnalyzedArticle> articles() {
        return locked(() ->
                readArticles("SELECT id, analysis FROM articles ORDER BY published IS NULL, published, id", null));
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
        return locked(() -> readArticles("SELECT id, analysis FROM articles WHERE id = ?", id)).stream()
                .findFirst();
    }

    @Override
    public List<AnalyzedArticle> articles(Collection<String> ids) {
        return locked(() -> {
            Map<String, AnalyzedArticle> found = new java.util.HashMap<>();
            List<String> all = List.copyOf(new LinkedHashSet<>(ids));
            for (int from = 0; from < all.size(); from += 500) {
                List<String> part = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement st =
                        connection.prepareStatement("SELECT id, analysis FROM articles WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        st.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), decode(rs.getString(1), rs.getString(2)));
                        }
                    }
                }
            }
            return all.stream().filter(found::containsKey).map(found::get).toList();
        });
    }

    private List<AnalyzedArticle> readArticles(String sql, String parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            List<AnalyzedArticle> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(decode(rs.getString(1), rs.getString(2)));
                }
            }
            return List.copyOf(result);
        }
    }

    private AnalyzedArticle decode(String id, String json) {
        try {
            return Json.read(json, AnalyzedArticle.class);
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
    public void replaceStories(List<StoredStory> stories) {
        locked(() -> inTransaction(() -> {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM story_articles");
                st.executeUpdate("DELETE FROM stories");
            }
            try (PreparedStatement story = connection.prepareStatement(
                            "INSERT INTO stories (id, title, report, position) VALUES (?, ?, ?, ?)");
                    PreparedStatement member = connection.prepareStatement(
                            "INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)")) {
                int position = 0;
                for (StoredStory s : stories) {
                    story.setString(1, s.id());
                    story.setString(2, s.title());
                    story.setString(3, s.reportJson());
                    story.setInt(4, position++);
                    story.executeUpdate();
                    int order = 0;
                    for (String articleId : new LinkedHashSet<>(s.articleIds())) {
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
    public List<StoredStory> stories() {
        return locked(() -> {
            Map<String, String[]> heads = new LinkedHashMap<>();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT s.id, s.title, s.report FROM stories s"
                            + " ORDER BY (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id) DESC,"
                            + " s.position, s.id")) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            Map<String, List<String>> members = new LinkedHashMap<>();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position")) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
            List<StoredStory> result = new ArrayList<>(heads.size());
            heads.forEach((id, head) ->
                    result.add(new StoredStory(id, head[0], members.getOrDefault(id, List.of()), head[1])));
            return List.copyOf(result);
        });
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
                ResultSet rs = st.executeQuery("SELECT id, title, text, language, published FROM articles")) {
            List<LuceneIndex.Entry> entries = new ArrayList<>();
            while (rs.next()) {
                String published = rs.getString(5);
                entries.add(new LuceneIndex.Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        published == null ? null : LocalDate.parse(published)));
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
