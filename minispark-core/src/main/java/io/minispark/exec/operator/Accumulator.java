package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * The per-group state of one aggregate function, kept in primitive arrays indexed by dense group id.
 * Raw input rows are folded in with {@link #accumulate}, partial states from another aggregation with
 * {@link #merge}; {@link #writeStates} and {@link #result} read groups out as vectors.
 */
interface Accumulator {
    /** Bytes each group costs in fixed-width state arrays, for memory reservations. */
    long bytesPerGroup();

    /** Bytes of variable-width state (strings, DISTINCT sets) held now. */
    default long variableBytes() {
        return 0;
    }

    /** Makes room for groups {@code [0, groups)}; new groups start empty. */
    void ensureCapacity(int groups);

    /** Folds row i of {@code argument} into group {@code groupIds[i]}; the argument is null for COUNT(*). */
    void accumulate(Vector argument, int[] groupIds, int rows);

    /** Folds row i of the state columns produced by a PARTIAL aggregation into group {@code groupIds[i]}. */
    void merge(Vector[] states, int[] groupIds, int rows);

    /** Appends the state columns of groups {@code [from, to)}, in {@link AggregateStates} order. */
    void writeStates(int from, int to, List<Vector> out);

    /** The final values of groups {@code [from, to)}. */
    Vector result(int from, int to);

    /** The accumulator for an aggregate, wrapped to drop repeated values when it is DISTINCT. */
    static Accumulator create(AggregateSpec spec) {
        Accumulator plain = switch (spec.function()) {
            case COUNT -> new CountAccumulator();
            case SUM -> spec.resultType().isIntegral() || spec.resultType().isDecimal()
                    ? new SumLongAccumulator(spec.resultType()) : new SumDoubleAccumulator(spec.resultType());
            case AVG -> spec.argumentType().isDecimal() ? new DecimalAverageAccumulator(spec.argumentType(), spec.resultType())
                    : new AverageAccumulator(spec.resultType());
            case MIN -> MinMaxAccumulators.create(spec.argumentType(), false);
            case MAX -> MinMaxAccumulators.create(spec.argumentType(), true);
        };
        return spec.distinct() ? new DistinctAccumulator(plain, spec.argumentType()) : plain;
    }

    /** Null mask for groups {@code [from, to)} that marks the groups without a value, or null if none. */
    static boolean[] missingAsNulls(boolean[] seen, int from, int to) {
        boolean[] nulls = null;
        for (int group = from; group < to; group++) {
            if (!seen[group]) {
                if (nulls == null) {
                    nulls = new boolean[to - from];
                }
                nulls[group - from] = true;
            }
        }
        return nulls;
    }

    /** Checks a state column has the type this accumulator expects, to catch planner mistakes early. */
    static void expectType(Vector vector, DataType type) {
        if (vector.type().physical() != type.physical()) {
            throw new IllegalArgumentException("expected a " + type + " column, got " + vector.type());
        }
    }
}
