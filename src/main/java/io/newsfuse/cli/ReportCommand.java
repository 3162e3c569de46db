package io.newsfuse.cli;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.report.MarkdownReport;
import io.newsfuse.report.ReportDocument;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse report}: writes the consolidated stories as JSON or Markdown. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        header = "Write stories as JSON, Markdown, CSV or JSON Lines (ingesting any PATHs first).",
        description = {
            "Ingest the PATHs and URLs (if any), then write the stories that contain them (every story when no PATH).",
            "JSON follows the report contract (stories, articles, entities, facts, quotes, timeline, summary);",
            "Markdown is for reading. A short summary of each story is printed too.",
            "Inputs that cannot be read are listed on stderr; the exit code is 0 once the report is written."
        })
final class ReportCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format {
        json,
        md
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "json", description = "json or md. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Option(
            names = "--story",
            split = ",",
            paramLabel = "ID",
            description = "Write only these stories (ids as `stories` lists them; the id of a story merged into"
                    + " another gives the one that absorbed it), without reading any input.")
    List<String> storyIds = List.of();

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH|URL",
            description = "Files, folders or http(s) addresses of pages or feeds to ingest first.")
    List<String> inputs = List.of();

    @Override
    public Integer call() throws IOException {
        try (Store db = store.open()) {
            List<StoredStory> stories;
            IngestResult result = null;
            int storedStories;
            if (!storyIds.isEmpty()) {
                stories = new java.util.ArrayList<>();
                for (String id : storyIds) {
                    String wanted = id.strip();
                    StoredStory found = db.story(wanted)
                            .orElseThrow(() -> new IllegalArgumentException("no story with id " + wanted + " in "
                                    + store.describe() + " (`newsfuse stories` lists them)"));
                    if (stories.stream().noneMatch(st -> st.id().equals(found.id()))) {
                        stories.add(found);
                    }
                }
                storedStories = stories.size();
            } else if (inputs.isEmpty()) {
                stories = db.stories();
                storedStories = stories.size();
            } else {
                Pipeline pipeline =
                        new Pipeline(modelOptions.models(), db, PipelineOptions.defaults(), limitOptions.limits());
                ProgressReporter progress =
                        new ProgressReporter(spec.commandLine().getErr());
                result =
                        pipeline.ingest(DocumentSource.of(inputs, new DocumentReader(limitOptions.limits())), progress);
                progress.close();
                List<StoredStory> all = db.stories();
                storedStories = all.size();
                stories = Terminal.containing(all, result.articleIds());
            }
            List<StoryReport> reports = stories.stream()
                    .map(s -> Json.read(s.reportJson(), StoryReport.class))
                    .toList();
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            String text = format == Format.json
                    ? Json.mapper()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(new ReportDocument("newsfuse 0.1.0", reports))
                    : new MarkdownReport().render(reports);
            Files.writeString(out, text);
            Terminal.printReports(spec.commandLine().getOut(), reports);
            spec.commandLine().getErr().printf("wrote %s to %s%n", Plural.of(reports.size(), "story", "stories"), out);
            if (result != null) {
                Terminal.closing(spec.commandLine().getErr(), result, storedStories);
            }
            return 0;
        }
    }
}
