package io.minispark.exec.operator;

import io.minispark.exec.Operator;
import io.minispark.exec.OperatorMetrics;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups its input by key columns and computes aggregates per group, emitting everything in {@link
 * #finish()}. Output rows are the key columns followed, per aggregate, by its state columns (PARTIAL)
 * or its final value (FINAL, COMPLETE). Without group keys it is a global aggregation and always
 * emits exactly one row, even for empty input.
 */
public final class HashAggregateOperator implements Operator {
    /** Which half of a two-phase aggregation this is, or both at once. */
    public enum Mode {
        /** Aggregates raw rows into state columns, before a shuffle. */
        PARTIAL,
        /** Merges state columns produced by PARTIAL aggregations into final values, after a shuffle. */
        FINAL,
        /** Aggregates raw rows straight to final values. */
        COMPLETE
    }

    private final Mode mode;
    private final VectorExpression[] groupKeys;
    private final AggregateSpec[] aggregates;
    private final Accumulator[] accumulators;
    /** In FINAL mode, the input column where each aggregate's state columns start. */
    private final int[] stateColumnStarts;
    private final int[] stateColumnCounts;
    private final TaskContext context;
    private final OperatorMetrics metrics = new OperatorMetrics();
    private final OutputEmitter output;
    private final MemoryReservation memory;
    /** Null for a global aggregation, where every row belongs to group 0. */
    private final GroupHashTable table;
    private final long bytesPerGroup;
    private int groupCapacity;
    private int[] hashes = new int[0];
    private int[] groupIds = new int[0];

    public HashAggregateOperator(Mode mode, List<VectorExpression> groupKeys, List<AggregateSpec> aggregates,
            TaskContext context, Operator next) {
        this.mode = mode;
        this.groupKeys = groupKeys.toArray(VectorExpression[]::new);
        this.aggregates = aggregates.toArray(AggregateSpec[]::new);
        this.context = context;
        this.output = new OutputEmitter(next, metrics);
        this.memory = new MemoryReservation(context.memory(), metrics);
        this.accumulators = new Accumulator[this.aggregates.length];
        this.stateColumnStarts = new int[this.aggregates.length];
        this.stateColumnCounts = new int[this.aggregates.length];
        int stateColumn = this.groupKeys.length;
        for (int i = 0; i < this.aggregates.length; i++) {
            AggregateSpec spec = this.aggregates[i];
            if (spec.distinct() && mode != Mode.COMPLETE) {
                throw new IllegalArgumentException("DISTINCT aggregates need COMPLETE mode, not " + mode);
            }
            accumulators[i] = Accumulator.create(spec);
            stateColumnStarts[i] = stateColumn;
            stateColumnCounts[i] = AggregateStates.stateTypes(spec).size();
            stateColumn += stateColumnCounts[i];
        }
        this.table = this.groupKeys.length == 0 ? null
                : new GroupHashTable(Arrays.stream(this.groupKeys).map(VectorExpression::type).toList());
        long perGroup = table == null ? 0 : table.bytesPerGroup();
        for (Accumulator accumulator : accumulators) {
            perGroup += accumulator.bytesPerGroup();
        }
        this.bytesPerGroup = perGroup;
        if (table == null) {
            ensureGroupCapacity(1);
        }
    }

    /** The column types this operator outputs: the keys, then states or results per aggregate. */
    public List<DataType> outputTypes() {
        List<DataType> types = new ArrayList<>();
        for (VectorExpression key : groupKeys) {
            types.add(key.type());
        }
        for (AggregateSpec spec : aggregates) {
            if (mode == Mode.PARTIAL) {
                types.addAll(AggregateStates.stateTypes(spec));
            } else {
                types.add(spec.resultType());
            }
        }
        return types;
    }

    @Override
    public void push(Batch batch) {
        long start = System.nanoTime();
        context.checkCancelled();
        int rows = batch.rowCount();
        metrics.rowsIn += rows;
        if (groupIds.length < rows) {
            groupIds = new int[rows];
            hashes = new int[rows];
        }
        if (table != null) {
            Vector[] keys = new Vector[groupKeys.length];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = groupKeys[k].evaluate(batch);
            }
            KeyHashing.hashRows(keys, rows, hashes);
            ensureGroupCapacity(table.groupCount() + rows);
            table.findOrInsert(keys, hashes, rows, groupIds);
        }
        if (mode == Mode.FINAL) {
            for (int i = 0; i < aggregates.length; i++) {
                Vector[] states = new Vector[stateColumnCounts[i]];
                for (int s = 0; s < states.length; s++) {
                    states[s] = batch.column(stateColumnStarts[i] + s);
                }
                accumulators[i].merge(states, groupIds, rows);
            }
        } else {
            // Every argument is evaluated before any accumulator moves, as compiled stages (and Spark)
            // do: an evaluation error leaves no aggregate half-updated, and a row failing in two ways
            // reports the same error on both paths.
            Vector[] arguments = new Vector[aggregates.length];
            for (int i = 0; i < aggregates.length; i++) {
                VectorExpression argument = aggregates[i].argument();
                arguments[i] = argument == null ? null : argument.evaluate(batch);
            }
            for (int i = 0; i < aggregates.length; i++) {
                accumulators[i].accumulate(arguments[i], groupIds, rows);
            }
        }
        // Variable-width data (string keys, string MIN/MAX, DISTINCT sets) is accounted after the fact.
        memory.resizeTo(groupCapacity * bytesPerGroup + variableBytes());
        metrics.nanos += System.nanoTime() - start;
    }

    private void ensureGroupCapacity(int groups) {
        if (groups <= groupCapacity) {
            return;
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(Math.max(groups, 16), groupCapacity * 2L));
        memory.grow((capacity - groupCapacity) * bytesPerGroup);
        if (table != null) {
            table.ensureCapacity(capacity);
        }
        for (Accumulator accumulator : accumulators) {
            accumulator.ensureCapacity(capacity);
        }
        groupCapacity = capacity;
    }

    private long variableBytes() {
        long bytes = table == null ? 0 : table.variableBytes();
        for (Accumulator accumulator : accumulators) {
            bytes += accumulator.variableBytes();
        }
        return bytes;
    }

    @Override
    public void finish() {
        long start = System.nanoTime();
        int groupCount = table == null ? 1 : table.groupCount();
        int batchSize = context.batchSize();
        for (int from = 0; from < groupCount; from += batchSize) {
            int to = Math.min(groupCount, from + batchSize);
            List<Vector> columns = new ArrayList<>();
            for (int k = 0; k < groupKeys.length; k++) {
                columns.add(table.keyVector(k, from, to));
            }
            for (Accumulator accumulator : accumulators) {
                if (mode == Mode.PARTIAL) {
                    accumulator.writeStates(from, to, columns);
                } else {
                    columns.add(accumulator.result(from, to));
                }
            }
            output.emit(new Batch(columns.toArray(Vector[]::new), to - from));
        }
        output.finish();
        metrics.nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        memory.releaseAll();
        output.close();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }
}
