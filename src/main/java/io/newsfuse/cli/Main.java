package io.newsfuse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsfuse command line: one subcommand per job; {@code --help} on each is its manual. */
@Command(
        name = "newsfuse",
        mixinStandardHelpOptions = true,
        version = "newsfuse 0.1.0",
        description = "Reads one news event through many outlets and consolidates it into one cited story.",
        subcommands = {
            IngestCommand.class,
            ReportCommand.class,
            StoriesCommand.class,
            ExtractCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            SparkCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /** Held so the level set on it stays: Lucene logs an INFO notice at start-up otherwise. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsfuse: " + Errors.oneLine(e));
            cmd.getErr().flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
