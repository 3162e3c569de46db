package io.newsfuse.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stories a run touched.
 *
 * @param created ids of stories the run opened
 * @param changed ids of stories that existed before and gained articles (or absorbed a merged story)
 * @param merged  ids of stories that were merged away, each with the id of the story that absorbed it
 *                (which keeps answering for it)
 */
public record StoryChanges(List<String> created, List<String> changed, Map<String, String> merged) {
    /** Nothing changed. */
    public static final StoryChanges NONE = new StoryChanges(List.of(), List.of(), Map.of());

    public StoryChanges {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        merged = Map.copyOf(merged);
    }

    /** Ids of every story created or changed, created first. */
    public Set<String> touched() {
        Set<String> out = new LinkedHashSet<>(created);
        out.addAll(changed);
        return out;
    }

    /** Whether the run changed any story. */
    public boolean isEmpty() {
        return created.isEmpty() && changed.isEmpty() && merged.isEmpty();
    }
}
