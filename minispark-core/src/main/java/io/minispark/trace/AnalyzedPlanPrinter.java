package io.minispark.trace;

import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.StagePrinter;
import io.minispark.scheduler.StageRun;
import java.util.List;
import java.util.Locale;

/**
 * Prints the stages of a query that ran, as EXPLAIN ANALYZE shows them: per stage its jobs, time and
 * skew (slowest job against the median job), then the writer and every plan node annotated with rows
 * in and out, own time, peak memory and spilled bytes, summed over the stage's jobs.
 */
public final class AnalyzedPlanPrinter {
    private AnalyzedPlanPrinter() {
    }

    public static String print(List<StageRun> runs, QueryMetrics metrics) {
        StringBuilder out = new StringBuilder();
        for (StageRun run : runs) {
            StageMetrics stage = metrics.stage(run.stage().id());
            out.append("# Stage ").append(stage.stageId()).append(": ").append(stage.jobs())
                    .append(stage.jobs() == 1 ? " job" : " jobs").append(", ").append(millis(stage.wallNanos()))
                    .append("; slowest job ").append(millis(stage.slowestJobNanos()))
                    .append(", median ").append(millis(stage.medianJobNanos()))
                    .append(String.format(Locale.ROOT, " (skew %.2fx)", stage.skew()))
                    .append("; read ").append(stage.rowsIn()).append(" rows (").append(bytes(stage.bytesIn()))
                    .append("), wrote ").append(stage.rowsOut()).append(" rows (").append(bytes(stage.bytesOut())).append(")\n");
            List<OperatorFigures> figures = stage.operators();
            OperatorFigures writer = figures.get(figures.size() - 1);
            out.append(' ').append(StagePrinter.writerName(run.stage())).append("  ").append(annotation(writer)).append('\n');
            int[] next = {0};
            print(run.stage().root(), 1, figures, next, out);
            out.append("----------\n");
        }
        return out.toString();
    }

    private static void print(PhysicalPlan node, int depth, List<OperatorFigures> figures, int[] next, StringBuilder out) {
        OperatorFigures figure = figures.get(next[0]++);
        out.append("  ".repeat(depth)).append("+-  ").append(node.describe()).append("  ").append(annotation(figure)).append('\n');
        for (PhysicalPlan child : node.children()) {
            print(child, depth + 1, figures, next, out);
        }
    }

    /** The bracketed figures after a node, e.g. {@code [rows in=14 out=3, time=0.12 ms, peak memory=0 B, spilled=0 B]}. */
    static String annotation(OperatorFigures figure) {
        return "[rows in=" + figure.rowsIn() + " out=" + figure.rowsOut() + ", time=" + millis(figure.nanos())
                + ", peak memory=" + bytes(figure.peakMemoryBytes()) + ", spilled=" + bytes(figure.spilledBytes()) + "]";
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
