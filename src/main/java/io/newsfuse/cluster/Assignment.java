package io.newsfuse.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What assigning new articles to stories decided.
 *
 * @param members every story the assignment created or changed, with all its articles afterwards
 *                (oldest first); stories opened by the assignment are among them
 * @param opened  ids of the stories it opened
 * @param merged  stories merged into another: each merged-away id with the id of the story that absorbed
 *                it (the older of the two keeps its id)
 */
public record Assignment(Map<String, List<String>> members, Set<String> opened, Map<String, String> merged) {
    public Assignment {
        members = Map.copyOf(members);
        opened = Set.copyOf(new LinkedHashSet<>(opened));
        merged = Map.copyOf(merged);
    }

    /** Ids of the stories that existed before and changed. */
    public Set<String> changed() {
        Set<String> out = new LinkedHashSet<>(members.keySet());
        out.removeAll(opened);
        return out;
    }
}
