package io.newsfuse.cli;

import io.newsfuse.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsfuse stories}: lists the stored stories. */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        header = "List the stored stories with their ids, dates, sources and languages.",
        description = {
            "List the stories in the store, largest first: id (what report --story takes), dates,",
            "articles and independent sources, languages, a mark when figures conflict, title."
        })
final class StoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @picocli.CommandLine.Option(
            names = "--format",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    StoryListing.Format format;

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            StoryListing.write(
                    spec.commandLine().getOut(),
                    db.stories().stream().map(StoryListing::of).toList(),
                    format);
            return 0;
        }
    }
}
