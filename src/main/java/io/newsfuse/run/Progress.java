package io.newsfuse.run;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports progress of long work on stderr: a live bar on a terminal, a few plain lines otherwise
 * (logs and CI), nothing when quiet.
 */
public interface Progress extends AutoCloseable {

    /** Advances by one item. */
    void step();

    @Override
    void close();

    /** No output. */
    static Progress quiet() {
        return new Progress() {
            @Override
            public void step() {}

            @Override
            public void close() {}
        };
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

    /** A bar when stderr is a terminal, else a line at every tenth of the work. */
    static Progress of(String task, int total, PrintWriter err) {
        if (interactive()) {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
            return new Progress() {
                @Override
                public void step() {
                    bar.step();
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
        return new Progress() {
            private int done;
            private int lastTenth = -1;

            @Override
            public synchronized void step() {
                done++;
                int tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != lastTenth && (tenth > lastTenth)) {
                    lastTenth = tenth;
                    err.printf("%s: %d/%d%n", task, done, total);
                    err.flush();
                }
            }

            @Override
            public void close() {}
        };
    }
}
