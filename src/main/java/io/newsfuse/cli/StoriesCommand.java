package io.newsfuse.cli;

import io.newsfuse.store.Store;
import io.newsfuse.store.Stores;
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

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() {
        try (Store db = Stores.open(store.dir)) {
            Terminal.printStories(spec.commandLine().getOut(), db.stories());
            return 0;
        }
    }
}
