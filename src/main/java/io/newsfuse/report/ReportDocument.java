package io.newsfuse.report;

import io.newsfuse.consolidate.StoryReport;
import java.util.List;

/**
 * The JSON report file: the stories asked for, in the shape of the report contract
 * ({@code {"stories": [...]}}).
 *
 * @param generator what wrote it
 * @param stories   the stories
 */
public record ReportDocument(String generator, List<StoryReport> stories) {
    public ReportDocument {
        stories = List.copyOf(stories);
    }
}
