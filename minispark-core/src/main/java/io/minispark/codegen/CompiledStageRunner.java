package io.minispark.codegen;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.TaskContext;
import io.minispark.exec.pipeline.JobInputs;
import io.minispark.exec.pipeline.JobOutput;
import io.minispark.exec.pipeline.StageRunner;
import io.minispark.exec.pipeline.StageWriter;
import io.minispark.exec.OperatorStats;
import io.minispark.physical.BuildSide;
import io.minispark.physical.HashAggregateExec;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.Stage;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
     * children's rows out (a producer's as its rows out). A join's build side ran through interpreted
     * operators, which report their own figures. A fused stage has no per-operator time, so the whole
     * job's time goes to the root, the memory the generated hash tables reserved to the stage's
     * aggregation (a stage holds at most one), a join's table's to the join, and the writer keeps its
     * own figures.
     */
    private static List<OperatorStats> operatorStats(Stage stage, long[] rowsOut, StageRuntime runtime, StageWriter writer,
                                                     long nanos) {
        List<PhysicalPlan> nodes = new ArrayList<>();
        preorder(stage.root(), nodes);
        Map<PhysicalPlan, Integer> number = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            number.put(nodes.get(i), i);
        }
        OperatorStats[] byNode = new OperatorStats[nodes.size()];
        long[] memory = new long[nodes.size()];
        runtime.builds().forEach((join, build) -> {
            HashJoinExec hashJoin = (HashJoinExec) join;
            memory[number.get(join)] = build.tableMemoryBytes();
            int first = number.get(hashJoin.buildSide() == BuildSide.LEFT ? hashJoin.left() : hashJoin.right());
            for (OperatorStats s : build.stats()) {
                byNode[first + s.node()] = new OperatorStats(first + s.node(), s.rowsIn(), s.rowsOut(), s.nanos(),
                        s.peakMemoryBytes(), s.spilledBytes());
            }
        });
        long[] out = rowsOut.clone();
        for (int i = 0; i < nodes.size(); i++) {
            if (byNode[i] != null) {
                out[i] = byNode[i].rowsOut();
            }
        }
        List<OperatorStats> stats = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (byNode[i] != null) {
                stats.add(byNode[i]);
                continue;
            }
            // A producer's rows in are the rows it read, which are all the rows it passes on.
            long rowsIn = nodes.get(i).children().isEmpty() ? out[i] : 0;
            for (PhysicalPlan child : nodes.get(i).children()) {
                rowsIn += out[number.get(child)];
            }
            if (nodes.get(i) instanceof HashAggregateExec) {
                memory[i] = runtime.reservedBytes();
            }
            stats.add(new OperatorStats(i, rowsIn, out[i], i == 0 ? nanos : 0, memory[i], 0));
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
            return new JobOutput(writer.blocks(), runtime.rowsRead(), runtime.bytesRead(), writer.rowsWritten(),
                    writer.bytesWritten(), operatorStats(stage, job.rowsOut(), runtime, writer,
                    System.nanoTime() - start));
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new MinisparkException(ErrorCode.INTERNAL, "cannot instantiate " + compilation.className() + ": " + e, e);
        } finally {
            runtime.close();
            writer.close();
        }
    }
}
