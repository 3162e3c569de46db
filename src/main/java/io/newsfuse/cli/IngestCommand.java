package io.newsfuse.cli;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.IngestResult;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsfuse ingest PATH|URL...}: reads, analyses and stores articles, then rebuilds the stories. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest article files and folders (.txt, .html/.htm, .jsonl/.json, .rss/.atom/.xml feeds, each also",
            ".gz, and .warc/.warc.gz web archives) or http(s) addresses of pages and feeds into the store,",
            "then rebuild the stories. Files already stored are left as they are.",
            "Exit code: 0, or the number of rejected inputs (at most 125)."
        })
final class IngestCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|URL",
            description = "Files or folders (read recursively), or http(s) addresses of pages or feeds.")
    List<String> inputs;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            Pipeline pipeline = new Pipeline(modelOptions.models(), db, PipelineOptions.defaults());
            ProgressReporter progress = new ProgressReporter(spec.commandLine().getErr());
            IngestResult result = pipeline.ingest(DocumentSource.of(inputs, new DocumentReader()), progress);
            progress.close();
            List<StoredStory> stories = db.stories();
            Terminal.printStories(spec.commandLine().getOut(), Terminal.containing(stories, result.articleIds()));
            return Terminal.closing(spec.commandLine().getErr(), result, stories.size());
        }
    }
}
