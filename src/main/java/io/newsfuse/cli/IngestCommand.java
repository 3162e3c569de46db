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
        header = "Read files, folders, feeds, archives or URLs into the store and its stories.",
        description = {
            "Ingest article files and folders (.txt, .html/.htm, .jsonl/.json, .rss/.atom/.xml feeds, each also",
            ".gz, and .warc/.warc.gz web archives) or http(s) addresses of pages and feeds into the store,",
            "then place the new articles in stories. Files already stored are left as they are. Prints the",
            "stories the run created or changed.",
            "Exit code: 0, or the number of rejected inputs (at most 125)."
        })
final class IngestCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

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
            Pipeline pipeline =
                    new Pipeline(modelOptions.models(), db, PipelineOptions.defaults(), limitOptions.limits());
            ProgressReporter progress = new ProgressReporter(spec.commandLine().getErr());
            IngestResult result =
                    pipeline.ingest(DocumentSource.of(inputs, new DocumentReader(limitOptions.limits())), progress);
            progress.close();
            List<StoredStory> changed = result.stories().touched().stream()
                    .map(db::story)
                    .flatMap(java.util.Optional::stream)
                    .toList();
            Terminal.printStories(spec.commandLine().getOut(), changed);
            return Terminal.closing(
                    spec.commandLine().getErr(), result, db.stories().size());
        }
    }
}
