package io.minispark.cli;

import io.minispark.physical.Stage;
import io.minispark.result.ResultFormat;
import io.minispark.scheduler.Driver;
import io.minispark.scheduler.Job;
import io.minispark.scheduler.JobResult;
import java.io.Console;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a running query: stage k of n, jobs done of the stage's total, and the
 * time elapsed. It appears only once the query has run for {@link #DEFAULT_DELAY_NANOS} (short queries
 * never show it), is redrawn in place with a carriage return, and is wiped before the result prints.
 * The terminal and the clock are passed in, so tests drive it with fakes and call {@link #tick()}.
 */
final class ProgressBar implements Driver.StageListener {
    /** Where the bar is drawn: a terminal (never the stream results go to when that is not one). */
    interface Screen {
        void write(String text);

        /** Columns available; the bar stays shorter so it never wraps. */
        int width();
    }

    static final long DEFAULT_DELAY_NANOS = 1_000_000_000L;
    private static final int BAR_CELLS = 24;

    private final Screen screen;
    private final LongSupplier clock;
    private final long delayNanos;
    private final long startNanos;
    private final AtomicInteger jobsDone = new AtomicInteger();
    private volatile int stageCount;
    private volatile int stageNumber;
    private volatile int jobsTotal;
    private int shownLength;
    private boolean finished;

    ProgressBar(Screen screen, LongSupplier clock, long delayNanos) {
        this.screen = screen;
        this.clock = clock;
        this.delayNanos = delayNanos;
        this.startNanos = clock.getAsLong();
    }

    /** Whether to show progress at all: only for table output to a terminal, never amid CSV or JSON. */
    static boolean wanted(ResultFormat format, boolean terminal) {
        return terminal && format == ResultFormat.TABLE;
    }

    /** Whether standard output is an interactive terminal (not a pipe or file). */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later return a console even when redirected; ask it (a Java 21 build cannot call it directly).
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void queryStarted(List<Stage> stages) {
        stageCount = stages.size();
    }

    @Override
    public void stageStarted(Stage stage, List<Job> jobs) {
        jobsDone.set(0);
        jobsTotal = jobs.size();
        stageNumber++;
    }

    @Override
    public void jobFinished(JobResult result) {
        jobsDone.incrementAndGet();
    }

    /** Redraws the bar when the query has run long enough; called every ~100 ms while it runs. */
    synchronized void tick() {
        if (finished || clock.getAsLong() - startNanos < delayNanos || stageNumber == 0) {
            return;
        }
        String line = line();
        int max = Math.max(10, screen.width() - 1);
        if (line.length() > max) {
            line = line.substring(0, max);
        }
        // Pad over the rest of a longer earlier line, then return to the line's start.
        String padding = " ".repeat(Math.max(0, shownLength - line.length()));
        screen.write("\r" + line + padding);
        shownLength = line.length();
    }

    /** Wipes the bar (if it was ever drawn); later ticks draw nothing. */
    synchronized void finish() {
        if (!finished && shownLength > 0) {
            screen.write("\r" + " ".repeat(shownLength) + "\r");
        }
        finished = true;
    }

    String line() {
        int total = jobsTotal;
        int done = Math.min(jobsDone.get(), total);
        int stages = Math.max(stageCount, stageNumber);
        // The bar shows the whole query: finished stages plus the running stage's share.
        double fraction = stages == 0 ? 0 : ((stageNumber - 1) + (total == 0 ? 0 : (double) done / total)) / stages;
        int filled = (int) Math.round(fraction * BAR_CELLS);
        String bar = "#".repeat(filled) + ".".repeat(BAR_CELLS - filled);
        return String.format(Locale.ROOT, "[%s] stage %d/%d  jobs %d/%d  %.1f s", bar, stageNumber, stages, done, total,
                (clock.getAsLong() - startNanos) / 1e9);
    }

    /** Redraws the bar every 100 ms on a daemon thread until closed; closing wipes it. */
    AutoCloseable ticking() {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "minispark-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        return () -> {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish();
        };
    }
}
