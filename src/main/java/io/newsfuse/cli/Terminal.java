package io.newsfuse.cli;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.summary.SummarySentence;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The short, readable story summaries and closing lines the CLI prints. */
final class Terminal {
    private Terminal() {}

    static List<StoredStory> containing(List<StoredStory> stories, List<String> articleIds) {
        Set<String> wanted = new HashSet<>(articleIds);
        return stories.stream()
                .filter(s -> s.articleIds().stream().anyMatch(wanted::contains))
                .toList();
    }

    static void printStories(PrintWriter out, List<StoredStory> stories) {
        printReports(
                out,
                stories.stream()
                        .map(stored -> Json.read(stored.reportJson(), StoryReport.class))
                        .toList());
    }

    static void printReports(PrintWriter out, List<StoryReport> reports) {
        for (StoryReport s : reports) {
            out.println("■ " + s.title());
            String languages = s.articles().stream()
                    .map(StoryReport.ArticleInfo::language)
                    .filter(l -> l != null)
                    .distinct()
                    .collect(Collectors.joining(", "));
            out.printf(
                    "  %s, %s%s%s%n",
                    Plural.of(s.articles().size(), "article", "articles"),
                    Plural.of(s.independentSources(), "independent source", "independent sources"),
                    s.firstDate() == null
                            ? ""
                            : ", " + s.firstDate() + (s.lastDate().equals(s.firstDate()) ? "" : " to " + s.lastDate()),
                    languages.isEmpty() ? "" : " · " + languages);
            List<String> names = s.entities().stream()
                    .limit(5)
                    .map(e -> e.aliases().isEmpty()
                            ? e.name()
                            : e.name() + " ("
                                    + String.join(
                                            ", ", e.aliases().stream().limit(3).toList()) + ")")
                    .toList();
            if (!names.isEmpty()) {
                out.println("  who/where: " + String.join("; ", names));
            }
            for (Fact f : s.facts().stream()
                    .filter(f -> !"single-source".equals(f.status()))
                    .limit(4)
                    .toList()) {
                out.printf(
                        "  %s: %s (%s)%n",
                        f.label(),
                        f.status(),
                        f.values().stream().map(v -> v.text()).distinct().collect(Collectors.joining(" / ")));
            }
            for (SummarySentence sentence : s.summary().stream().limit(3).toList()) {
                out.println("  • " + sentence.text());
            }
            out.println();
        }
    }

    /** Prints each rejection and the closing line; returns the exit code (number rejected, at most 125). */
    static int closing(PrintWriter err, IngestResult result, int stories) {
        for (Rejection r : result.rejected()) {
            Errors.print(err, r);
        }
        err.printf(
                "read %s (%d new), %s created and %d changed, %s in the store, %d rejected%n",
                Plural.of(result.articleIds().size(), "article", "articles"),
                result.added(),
                Plural.of(result.stories().created().size(), "story", "stories"),
                result.stories().changed().size(),
                Plural.of(stories, "story", "stories"),
                result.rejected().size());
        err.flush();
        return Math.min(125, result.rejected().size());
    }
}
