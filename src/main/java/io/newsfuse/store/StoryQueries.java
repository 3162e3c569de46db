package io.newsfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading queries both relational stores share (SQLite and PostgreSQL run the same SQL for them):
 * stories with their members in order, the story an old id now lives in, the stories of articles, and
 * the two JDBC helpers those use. The callers hold their store's lock.
 */
final class StoryQueries {
    private StoryQueries() {}

    /** One row of a result. */
    @FunctionalInterface
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** A query's first column, with at most one string parameter. */
    static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Runs {@code sqlPrefix (?, ?, ...)} over the ids, 500 at a time. */
    static void forChunks(Connection connection, List<String> ids, String sqlPrefix, Row row) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement st = connection.prepareStatement(sqlPrefix + " (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    st.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }

    /** The list data of the stored articles among these ids, read from their columns and features. */
    static Map<String, ArticleListing> listings(Connection connection, Collection<String> ids) throws SQLException {
        Map<String, ArticleListing> out = new HashMap<>();
        forChunks(
                connection,
                List.copyOf(new LinkedHashSet<>(ids)),
                "SELECT a.id, a.title, a.source, a.site, a.language, a.published, f.features FROM articles a"
                        + " LEFT JOIN article_features f ON f.id = a.id WHERE a.id IN",
                rs -> {
                    String id = rs.getString(1);
                    String published = rs.getString(6);
                    byte[] features = rs.getBytes(7);
                    float[] vector = features == null
                            ? new float[0]
                            : FeatureCodec.decode(id, features).vector();
                    out.put(
                            id,
                            new ArticleListing(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    published == null ? null : java.time.LocalDate.parse(published.substring(0, 10)),
                                    vector));
                });
        return out;
    }

    /** The story each of the articles is in (articles in none are left out). */
    static Map<String, String> storyIdsOf(Connection connection, Collection<String> articleIds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        forChunks(
                connection,
                List.copyOf(new LinkedHashSet<>(articleIds)),
                "SELECT article_id, story_id FROM story_articles WHERE article_id IN",
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** A story's article ids in their order. */
    static List<String> members(Connection connection, String storyId) throws SQLException {
        return strings(
                connection, "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position", storyId);
    }

    /** The id a story has now: its own, or the survivor's when it was merged away. */
    static Optional<String> resolve(Connection connection, String id) throws SQLException {
        if (!strings(connection, "SELECT id FROM stories WHERE id = ?", id).isEmpty()) {
            return Optional.of(id);
        }
        return strings(connection, "SELECT story_id FROM story_aliases WHERE old_id = ?", id).stream()
                .findFirst();
    }

    /** A story by its id or an old id of it. */
    static Optional<StoredStory> story(Connection connection, String id) throws SQLException {
        Optional<String> current = resolve(connection, id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement st =
                connection.prepareStatement("SELECT id, title, report, created, updated FROM stories WHERE id = ?")) {
            st.setString(1, current.get());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredStory(
                        rs.getString(1),
                        rs.getString(2),
                        members(connection, current.get()),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
    }

    /** Every story, largest first, then in the order they were first stored. */
    static List<StoredStory> stories(Connection connection) throws SQLException {
        Map<String, String[]> heads = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.id, s.title, s.report, s.created, s.updated FROM stories s"
                        + " ORDER BY (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id) DESC,"
                        + " s.position, s.id")) {
            while (rs.next()) {
                heads.put(
                        rs.getString(1),
                        new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<StoredStory> out = new ArrayList<>(heads.size());
        heads.forEach((id, head) ->
                out.add(new StoredStory(id, head[0], members.getOrDefault(id, List.of()), head[1], head[2], head[3])));
        return List.copyOf(out);
    }
}
