package io.minispark.exec.pipeline;

import io.minispark.exchange.ShuffleBlock;
import io.minispark.exchange.ShuffleBlockReader;
import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.OperatorStats;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.ExpressionCompiler;
import io.minispark.exec.expr.InputColumn;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.operator.AggregateSpec;
import io.minispark.exec.operator.FilterOperator;
import io.minispark.exec.operator.HashAggregateOperator;
import io.minispark.exec.operator.LimitOperator;
import io.minispark.exec.operator.ProjectOperator;
import io.minispark.exec.operator.SortKey;
import io.minispark.exec.operator.SortOperator;
import io.minispark.io.BatchReader;
import io.minispark.io.TableScans;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.logical.NamedExpression;
import io.minispark.physical.BroadcastReadExec;
import io.minispark.physical.ExchangeExec;
import io.minispark.physical.FilterExec;
import io.minispark.physical.HashAggregateExec;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.LimitExec;
import io.minispark.physical.NestedLoopJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.ProjectExec;
import io.minispark.physical.ScanExec;
import io.minispark.physical.ShuffleReadExec;
import io.minispark.physical.SortExec;
import io.minispark.physical.UnionExec;
import io.minispark.exec.operator.UnionOperator;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Turns a stage's physical plan into running interpreted operators for one job. Building returns a
 * {@link Source}: running it makes the producer push every batch of the job's input through the
 * chain of operators into the given downstream operator. A join first runs its build side into a
 * hash table, then streams its probe side.
 *
 * <p>It also remembers which operators (and producers) each plan node became, so that
 * {@link #operatorStats} can report per-node figures: an operator belongs to the node being built
 * when it is {@linkplain #track tracked}.
 */
final class PipelineBuilder {
    /** Pushes all rows of a subtree into its downstream operator, then finishes it. */
    interface Source {
        void run();
    }

    private final JobInputs inputs;
    private final TaskContext context;
    private final List<Operator> created = new ArrayList<>();
    private final List<BatchReader> readers = new ArrayList<>();
    // Identity, not equality: a self-join has two equal but distinct scan nodes.
    private final Map<PhysicalPlan, List<OperatorMetrics>> metricsByNode = new IdentityHashMap<>();
    private PhysicalPlan building;
    private long rowsRead;
    private long bytesRead;

    PipelineBuilder(JobInputs inputs, TaskContext context) {
        this.inputs = inputs;
        this.context = context;
    }

    Source build(PhysicalPlan node, Operator downstream) {
        return build(node, downstream, () -> false);
    }

    /**
     * @param done true once every row this subtree could still produce would be discarded (a LIMIT
     *     on the way to the writer has all its rows), so the producer can stop reading early
     */
    Source build(PhysicalPlan node, Operator downstream, BooleanSupplier done) {
        PhysicalPlan parent = building;
        building = node;
        try {
            return buildNode(node, downstream, done);
        } finally {
            building = parent;
        }
    }

    private Source buildNode(PhysicalPlan node, Operator downstream, BooleanSupplier done) {
        return switch (node) {
            case ScanExec scan -> {
                OperatorMetrics metrics = producerMetrics(scan);
                yield () -> drain(TableScans.open(scan.table(), inputs.split(),
                        scan.columns().stream().mapToInt(Integer::intValue).toArray(), BlockSkipping.predicate(scan),
                        context.batchSize()), downstream, done, metrics);
            }
            case ShuffleReadExec read -> {
                OperatorMetrics metrics = producerMetrics(read);
                yield () -> readBlocks(inputs.blocks(read.stageId()), downstream, done, metrics);
            }
            case BroadcastReadExec read -> {
                OperatorMetrics metrics = producerMetrics(read);
                yield () -> readBlocks(inputs.blocks(read.stageId()), downstream, done, metrics);
            }
            case FilterExec filter -> build(filter.child(),
                    track(new FilterOperator(compile(filter.condition(), filter.child()), downstream)), done);
            case ProjectExec project -> build(project.child(), track(new ProjectOperator(
                    project.projections().stream().map(n -> compile(n.expression(), project.child())).toList(), downstream)), done);
            case HashAggregateExec aggregate -> build(aggregate.child(), track(aggregateOperator(aggregate, downstream)), done);
            case SortExec sort -> build(sort.child(), track(new SortOperator(sort.orders().stream()
                    .map(o -> new SortKey(compile(o.expression(), sort.child()), o.ascending(), o.nullsFirst())).toList(),
                    context, downstream)), done);
            case LimitExec limit -> {
                LimitOperator operator = track(new LimitOperator(limit.limit(), limit.offset(), downstream));
                yield build(limit.child(), operator, () -> operator.isSatisfied() || done.getAsBoolean());
            }
            case HashJoinExec join -> JoinPipelines.hashJoin(this, join, downstream, done);
            case NestedLoopJoinExec join -> JoinPipelines.nestedLoopJoin(this, join, downstream, done);
            case ExchangeExec exchange -> throw new IllegalStateException("exchanges are cut out before execution");
            case UnionExec union -> {
                UnionOperator meeting = track(new UnionOperator(union.inputs().size(), downstream));
                List<Source> inputs = union.inputs().stream().map(input -> build(input, meeting, done)).toList();
                yield () -> inputs.forEach(Source::run);
            }
        };
    }

    private Operator aggregateOperator(HashAggregateExec aggregate, Operator downstream) {
        HashAggregateOperator.Mode mode = switch (aggregate.mode()) {
            case PARTIAL -> HashAggregateOperator.Mode.PARTIAL;
            case FINAL -> HashAggregateOperator.Mode.FINAL;
            case COMPLETE -> HashAggregateOperator.Mode.COMPLETE;
        };
        List<VectorExpression> keys = new ArrayList<>();
        List<AggregateSpec> specs = new ArrayList<>();
        boolean afterShuffle = aggregate.mode() == io.minispark.physical.AggregateMode.FINAL;
        for (int i = 0; i < aggregate.groupings().size(); i++) {
            NamedExpression g = aggregate.groupings().get(i);
            // After the shuffle the keys are the first columns of the partial rows.
            keys.add(afterShuffle ? new InputColumn(i, g.output().type()) : compile(g.expression(), aggregate.child()));
        }
        for (NamedExpression a : aggregate.aggregates()) {
            AggregateCall call = (AggregateCall) a.expression();
            DataType argumentType = call.argument() == null ? null : call.argument().type();
            // A FINAL aggregate reads its state columns, not its argument; the placeholder is never evaluated.
            VectorExpression argument = call.argument() == null ? null
                    : afterShuffle ? new InputColumn(0, argumentType)
                    : compile(call.argument(), aggregate.child());
            specs.add(new AggregateSpec(call.function(), argument, call.distinct(), argumentType, call.type()));
        }
        return new HashAggregateOperator(mode, keys, specs, context, downstream);
    }

    VectorExpression compile(Expression expression, PhysicalPlan input) {
        return ExpressionCompiler.compile(expression, input.output());
    }

    VectorExpression compile(Expression expression, List<Attribute> input) {
        return ExpressionCompiler.compile(expression, input);
    }

    TaskContext context() {
        return context;
    }

    <T extends Operator> T track(T operator) {
        created.add(operator);
        if (building != null && operator.metrics() != null) {
            metricsByNode.computeIfAbsent(building, n -> new ArrayList<>()).add(operator.metrics());
        }
        return operator;
    }

    /** Counters for a producer (scan or file read): rows read in, rows pushed out, time spent reading. */
    private OperatorMetrics producerMetrics(PhysicalPlan node) {
        OperatorMetrics metrics = new OperatorMetrics();
        metricsByNode.computeIfAbsent(node, n -> new ArrayList<>()).add(metrics);
        return metrics;
    }

    /**
     * Per-node figures of this job, one for every node of the plan in pre-order (root first); a node
     * that became several operators (a join's build table and probe) sums them.
     */
    List<OperatorStats> operatorStats(PhysicalPlan root) {
        List<OperatorStats> stats = new ArrayList<>();
        collectStats(root, stats);
        return stats;
    }

    private void collectStats(PhysicalPlan node, List<OperatorStats> stats) {
        OperatorMetrics total = new OperatorMetrics();
        metricsByNode.getOrDefault(node, List.of()).forEach(total::add);
        stats.add(OperatorStats.of(stats.size(), total));
        node.children().forEach(child -> collectStats(child, stats));
    }

    private void drain(BatchReader reader, Operator downstream, BooleanSupplier done, OperatorMetrics metrics) {
        readers.add(reader);
        try (reader) {
            pump(reader, downstream, done, metrics);
        }
        downstream.finish();
    }

    /** Pushes the reader's batches downstream; times only the reading, not the downstream work. */
    private void pump(BatchReader reader, Operator downstream, BooleanSupplier done, OperatorMetrics metrics) {
        while (!done.getAsBoolean()) {
            long start = System.nanoTime();
            Batch batch = reader.next();
            metrics.nanos += System.nanoTime() - start;
            if (batch == null) {
                break;
            }
            context.checkCancelled();
            metrics.rowsOut += batch.rowCount();
            metrics.batchesOut++;
            downstream.push(batch);
        }
        metrics.rowsIn += reader.rowsRead();
        rowsRead += reader.rowsRead();
        bytesRead += reader.bytesRead();
    }

    private void readBlocks(List<ShuffleBlock> blocks, Operator downstream, BooleanSupplier done, OperatorMetrics metrics) {
        for (ShuffleBlock block : blocks) {
            if (done.getAsBoolean()) {
                break;
            }
            BatchReader reader = ShuffleBlockReader.open(block, context.exchange(), context.batchSize());
            try (reader) {
                pump(reader, downstream, done, metrics);
            }
        }
        downstream.finish();
    }

    long rowsRead() {
        return rowsRead;
    }

    long bytesRead() {
        return bytesRead;
    }

    void closeAll() {
        for (Operator operator : created) {
            operator.close();
        }
        for (BatchReader reader : readers) {
            reader.close();
        }
    }
}
