package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.TaskContext;
import io.minispark.exec.pipeline.JobInputs;
import io.minispark.exec.pipeline.JobOutput;
import io.minispark.exec.pipeline.StageRunner;
import io.minispark.exec.pipeline.StageWriter;
import io.minispark.exec.OperatorStats;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.Stage;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one job of a compiled stage: a fresh instance of the generated class reads the job's inputs
 * and hands its output batches to the same {@link StageWriter} the interpreted pipeline uses, so
 * shuffle partitioning (and the hash both join sides rely on) stays exactly the interpreter's.
 */
public final class CompiledStageRunner {
    private CompiledStageRunner() {
    }

    /**
     * Per-node figures of a compiled job: rows out as the generated code counted them, rows in as the
     * children's rows out (a producer's as its rows out). A fused stage has no per-operator time, so the whole job's time goes to the
     * root, the memory the generated hash tables reserved to the stage's aggregation (a stage holds at
     * most one), and the writer keeps its own figures.
     */
    private static List<OperatorStats> operatorStats(Stage stage, long[] rowsOut, StageWriter writer, long nanos,
                                                     long reservedBytes) {
        List<PhysicalPlan> nodes = new ArrayList<>();
        preorder(stage.root(), nodes);
        java.util.Map<PhysicalPlan, Integer> number = new java.util.IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            number.put(nodes.get(i), i);
        }
        List<OperatorStats> stats = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            // A producer's rows in are the rows it read, which are all the rows it passes on.
            long rowsIn = nodes.get(i).children().isEmpty() ? rowsOut[i] : 0;
            for (PhysicalPlan child : nodes.get(i).children()) {
                rowsIn += rowsOut[number.get(child)];
            }
            long memory = nodes.get(i) instanceof io.minispark.physical.HashAggregateExec ? reservedBytes : 0;
            stats.add(new OperatorStats(i, rowsIn, rowsOut[i], i == 0 ? nanos : 0, memory, 0));
        }
        stats.add(OperatorStats.of(OperatorStats.WRITER, writer.metrics()));
        return stats;
    }

    private static void preorder(PhysicalPlan node, List<PhysicalPlan> out) {
        out.add(node);
        node.children().forEach(child -> preorder(child, out));
    }

    public static JobOutput run(Stage stage, StageCompilation compilation, int jobIndex, JobInputs inputs,
                                TaskContext context) {
        StageWriter writer = StageRunner.writerFor(stage, jobIndex, context);
        StageRuntime runtime = new StageRuntime(compilation.producers(), inputs, context, writer);
        try {
            GeneratedStage job = compilation.compiledClass().getDeclaredConstructor().newInstance();
            long start = System.nanoTime();
            job.run(runtime);
            return new JobOutput(writer.files(), runtime.rowsRead(), runtime.bytesRead(), writer.rowsWritten(),
                    writer.bytesWritten(), operatorStats(stage, job.rowsOut(), writer, System.nanoTime() - start,
                    runtime.reservedBytes()));
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "cannot instantiate " + compilation.className() + ": " + e, e);
        } finally {
            runtime.close();
            writer.close();
        }
    }
}
