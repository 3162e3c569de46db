package io.newsfuse.cli;

import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.Stage;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress on stderr, one line per stage with the whole run's count so far: a live bar
 * on a terminal, a line at every tenth of each piece of work otherwise (logs and CI). Only the slow
 * stages (analysis and consolidation) are shown. Warnings (an article's text cut, a story kept in its
 * previous form) are printed when the run closes, one line each.
 */
final class ProgressReporter implements PipelineListener {
    private final PrintWriter err;
    private final boolean interactive;
    private final Map<Stage, Counts> counts = new EnumMap<>(Stage.class);
    private long expected = -1;

    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    ProgressReporter(PrintWriter err) {
        this(err, interactive());
    }

    ProgressReporter(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    private static boolean shown(Stage stage) {
        return stage == Stage.ANALYSE || stage == Stage.CONSOLIDATE;
    }

    @Override
    public synchronized void expecting(long documents) {
        expected = documents;
    }

    @Override
    public synchronized void started(Stage stage, long total) {
        if (!shown(stage) || total <= 0) {
            return;
        }
        Counts c = counts.computeIfAbsent(stage, s -> new Counts());
        c.total += total;
        if (stage == Stage.ANALYSE && expected > c.total) {
            // the whole run's documents, until the last chunk shows how many were new
            c.shownTotal = expected;
        } else {
            c.shownTotal = c.total;
        }
        c.pieceStart = c.done;
        c.pieceTotal = total;
        c.lastTenth = -1;
        if (interactive) {
            if (c.bar == null) {
                c.bar = new ProgressBarBuilder()
                        .setTaskName(stage.label())
                        .setInitialMax(c.shownTotal)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .build();
            } else {
                c.bar.maxHint(c.shownTotal);
            }
        }
    }

    @Override
    public synchronized void advanced(Stage stage) {
        Counts c = counts.get(stage);
        if (c == null) {
            return;
        }
        c.done++;
        if (c.bar != null) {
            c.bar.step();
            return;
        }
        long inPiece = c.done - c.pieceStart;
        long tenth = c.pieceTotal == 0 ? 10 : inPiece * 10 / c.pieceTotal;
        if (tenth > c.lastTenth) {
            c.lastTenth = tenth;
            err.printf("%s: %d/%d%n", stage.label(), c.done, c.shownTotal);
            err.flush();
        }
    }

    @Override
    public synchronized void finished(Stage stage, long items, long nanos) {
        Counts c = counts.get(stage);
        if (c != null && c.bar != null && stage == Stage.CONSOLIDATE) {
            c.bar.close();
            c.bar = null;
        }
    }

    @Override
    public synchronized void warned(String subject, String message) {
        warnings.add("warning " + subject + ": " + message);
    }

    /** Closes any bar still open, so the closing lines start on a fresh line, then prints the warnings. */
    synchronized void close() {
        counts.values().forEach(c -> {
            if (c.bar != null) {
                c.bar.close();
                c.bar = null;
            }
        });
        warnings.forEach(err::println);
        warnings.clear();
        err.flush();
    }

    /** True when the process talks to a terminal (Java 22+ answers that directly; before, a console means one). */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static final class Counts {
        long total;
        long shownTotal;
        long done;
        long pieceStart;
        long pieceTotal;
        long lastTenth = -1;
        ProgressBar bar;
    }
}
