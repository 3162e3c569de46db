package io.newsfuse.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option: stack traces of failures and unexpected rejections, for bug reports. */
final class VerboseOption {
    @Option(
            names = "--verbose",
            description = "Print the stack trace of a failure or an unexpected rejection after its one-line message.")
    void verbose(boolean on) {
        Errors.verbose(on);
    }
}
