package io.newsfuse.cli;

import io.newsfuse.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsfuse stories}: lists the stored stories. */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        description = "List the stories in the store, largest first.")
final class StoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            Terminal.printStories(spec.commandLine().getOut(), db.stories());
            return 0;
        }
    }
}
