package io.newsfuse.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsfuse command line: one subcommand per job; {@code --help} on each is its manual. */
@Command(
        name = "newsfuse",
        mixinStandardHelpOptions = true,
        version = "newsfuse 0.1.0",
        description = {
            "Reads one news event through many outlets and consolidates it into one cited story.",
            "",
            "Defaults for any option can be kept in newsfuse.properties (working directory), in",
            "~/.config/newsfuse/newsfuse.properties, or in the file NEWSFUSE_CONFIG names: one line per",
            "option, e.g. 'db=/data/news' for every command or 'serve.port=9090' for one."
        },
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
    /**
     * Held so the level set on it stays: Lucene logs a notice at start-up otherwise (that the JDK's
     * incubating vector module is not enabled, which changes nothing a user can see).
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // a failure in any other thread is one line too, never a raw "Exception in thread" trace
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Errors.print(err, e));
        System.exit(run(new PrintWriter(System.out, true), err, args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        Errors.verbose(false);
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err).setUsageHelpWidth(100);
        try {
            cli.setDefaultValueProvider(ConfigDefaults.find());
        } catch (IllegalArgumentException e) {
            err.println("newsfuse: " + e.getMessage());
            err.flush();
            return 2;
        }
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Errors.print(cmd.getErr(), e);
            return 1;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // what picocli lets through (errors such as a stack overflow) is one line too
            Errors.print(err, e);
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
