package io.newsfuse.report;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.support.Json;
import java.util.List;

/**
 * The stories as JSON Lines: one story per line, each the object a {@link ReportDocument} holds, so a
 * large report can be read, filtered or split a story at a time ({@code jq -c}, {@code grep}, {@code split}).
 */
public final class JsonLinesReport {
    /** One line per story, each ending in a line break. */
    public String render(List<StoryReport> stories) {
        StringBuilder out = new StringBuilder();
        for (StoryReport story : stories) {
            out.append(Json.present(story)).append('\n');
        }
        return out.toString();
    }
}
