package io.minispark.exec.pipeline;

import io.minispark.exec.OperatorStats;
import io.minispark.exec.TaskContext;
import io.minispark.exec.operator.JoinHashTable;
import io.minispark.physical.BuildSide;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.PhysicalPlan;
import java.util.List;

/**
 * The build side of a hash join run on its own, for a compiled stage whose generated code probes the
 * table: the build subtree runs through the interpreted operators (it is read once, in vectorized
 * batches, so compiling it would gain little) into the same {@link JoinHashTable} the interpreted
 * join uses, shared per query for a broadcast side.
 */
public final class JoinBuild implements AutoCloseable {
    private final PipelineBuilder builder;
    private final JoinHashTable table;
    private final PhysicalPlan buildRoot;
    private final boolean shared;

    private JoinBuild(PipelineBuilder builder, JoinHashTable table, PhysicalPlan buildRoot, boolean shared) {
        this.builder = builder;
        this.table = table;
        this.buildRoot = buildRoot;
        this.shared = shared;
    }

    /** Builds (or, for a broadcast side another job built, finds) the finished hash table of a join. */
    public static JoinBuild run(HashJoinExec join, JobInputs inputs, TaskContext context) {
        PipelineBuilder builder = new PipelineBuilder(inputs, context);
        try {
            JoinPipelines.HashTable build = JoinPipelines.hashTable(builder, join);
            build.run().run();
            return new JoinBuild(builder, build.table(), join.buildSide() == BuildSide.LEFT ? join.left() : join.right(),
                    build.shared());
        } catch (RuntimeException | Error e) {
            builder.closeAll();
            throw e;
        }
    }

    public JoinHashTable table() {
        return table;
    }

    /** The build subtree's per-node figures, in pre-order from the build side's root as node 0. */
    public List<OperatorStats> stats() {
        return builder.operatorStats(buildRoot);
    }

    /** Peak memory of the job's own hash table, as the interpreted join reports it (0 for a shared one). */
    public long tableMemoryBytes() {
        return shared ? 0 : table.metrics().peakMemoryBytes;
    }

    public long rowsRead() {
        return builder.rowsRead();
    }

    public long bytesRead() {
        return builder.bytesRead();
    }

    /** Releases the job's own table and readers; a shared broadcast table stays with the query. */
    @Override
    public void close() {
        builder.closeAll();
    }
}
