package io.minispark.exec.pipeline;

import io.minispark.exec.Operator;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.operator.HashJoinOperator;
import io.minispark.exec.operator.JoinHashTable;
import io.minispark.exec.operator.NestedLoopJoinOperator;
import io.minispark.exec.operator.PhysicalJoinType;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.physical.BroadcastReadExec;
import io.minispark.physical.BuildSide;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.NestedLoopJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.types.DataType;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Pipelines for joins: the build side runs first into a hash table (or buffer), then the probe side
 * streams through the join operator into the rest of the stage.
 */
final class JoinPipelines {
    private JoinPipelines() {
    }

    static PipelineBuilder.Source hashJoin(PipelineBuilder builder, HashJoinExec join, Operator downstream,
                                          BooleanSupplier done) {
        boolean buildIsLeft = join.buildSide() == BuildSide.LEFT;
        PhysicalPlan probe = buildIsLeft ? join.right() : join.left();
        List<Expression> probeKeys = buildIsLeft ? join.rightKeys() : join.leftKeys();
        HashTable build = hashTable(builder, join);
        HashJoinOperator operator = builder.track(new HashJoinOperator(build.table(),
                probeKeys.stream().map(k -> builder.compile(k, probe)).toList(), types(probe.output()),
                PhysicalJoinType.of(join.joinType()), buildIsLeft, residual(builder, join.residual(), join.left(), join.right()),
                builder.context(), downstream));
        // The build side must be read whole; only the probe side may stop early.
        PipelineBuilder.Source probeRun = builder.build(probe, operator, done);
        return () -> {
            build.run().run();
            probeRun.run();
        };
    }

    /**
     * A join's hash table and what fills it (nothing more to run for a shared broadcast table, built
     * already); {@code shared} when the query, not the job, owns it.
     */
    record HashTable(JoinHashTable table, PipelineBuilder.Source run, boolean shared) {
    }

    /**
     * The hash table of a join's build side, and the pipeline that fills it. Every job of a stage probes
     * the same broadcast rows, so a broadcast side's table is built once per query, by the first job
     * that asks, and shared; any other build side is the job's own.
     */
    static HashTable hashTable(PipelineBuilder builder, HashJoinExec join) {
        boolean buildIsLeft = join.buildSide() == BuildSide.LEFT;
        PhysicalPlan build = buildIsLeft ? join.left() : join.right();
        List<Expression> buildKeys = buildIsLeft ? join.leftKeys() : join.rightKeys();
        List<VectorExpression> compiledBuildKeys = buildKeys.stream().map(k -> builder.compile(k, build)).toList();
        if (join.broadcast() && build instanceof BroadcastReadExec broadcast) {
            JoinHashTable shared = builder.context().shared().get(List.of("broadcast hash table", broadcast.stageId(), buildKeys),
                    () -> {
                        JoinHashTable table = new JoinHashTable(compiledBuildKeys, types(build.output()), builder.context());
                        builder.build(build, table).run();
                        return table;
                    }, JoinHashTable::close);
            return new HashTable(shared, () -> { }, true);
        }
        JoinHashTable table = builder.track(new JoinHashTable(compiledBuildKeys, types(build.output()), builder.context()));
        return new HashTable(table, builder.build(build, table), false);
    }

    static PipelineBuilder.Source nestedLoopJoin(PipelineBuilder builder, NestedLoopJoinExec join, Operator downstream,
                                                BooleanSupplier done) {
        boolean buildIsLeft = join.buildSide() == BuildSide.LEFT;
        PhysicalPlan build = buildIsLeft ? join.left() : join.right();
        PhysicalPlan probe = buildIsLeft ? join.right() : join.left();
        io.minispark.exec.operator.BuildSide buffer = builder.track(
                new io.minispark.exec.operator.BuildSide(types(build.output()), builder.context()));
        NestedLoopJoinOperator operator = builder.track(new NestedLoopJoinOperator(buffer, types(probe.output()),
                PhysicalJoinType.of(join.joinType()), buildIsLeft, residual(builder, join.condition(), join.left(), join.right()),
                builder.context(), downstream));
        PipelineBuilder.Source buildRun = builder.build(build, buffer);
        // The build side must be read whole; only the probe side may stop early.
        PipelineBuilder.Source probeRun = builder.build(probe, operator, done);
        return () -> {
            buildRun.run();
            probeRun.run();
        };
    }

    /** Compiles a join's residual over the pair rows the operators build: left's columns, then right's. */
    private static VectorExpression residual(PipelineBuilder builder, Expression condition, PhysicalPlan left,
                                             PhysicalPlan right) {
        if (condition == null) {
            return null;
        }
        // Not the join's output: a semi or anti join outputs only left's columns.
        List<Attribute> pairs = new java.util.ArrayList<>(left.output());
        pairs.addAll(right.output());
        return builder.compile(condition, pairs);
    }

    private static List<DataType> types(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::type).toList();
    }
}
