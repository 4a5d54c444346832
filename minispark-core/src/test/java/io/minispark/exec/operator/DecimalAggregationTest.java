package io.minispark.exec.operator;

import static io.minispark.logical.AggregateCall.Function.AVG;
import static io.minispark.logical.AggregateCall.Function.MAX;
import static io.minispark.logical.AggregateCall.Function.MIN;
import static io.minispark.logical.AggregateCall.Function.SUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.InputColumn;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.operator.HashAggregateOperator.Mode;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SUM, AVG, MIN and MAX of DECIMAL values, in COMPLETE mode and split over PARTIAL aggregations whose
 * states a FINAL one merges, plus decimal grouping keys and SUM's overflow at 18 digits.
 */
class DecimalAggregationTest {
    private static final DataType D52 = DataType.decimal(5, 2);
    private static final DataType SUM_TYPE = DataType.decimal(18, 2);
    private static final List<DataType> KEY_AND_VALUE = List.of(D52, D52);
    private static final long MAX18 = 999_999_999_999_999_999L;

    private static List<AggregateSpec> specs() {
        InputColumn value = new InputColumn(1, D52);
        return List.of(AggregateSpec.of(SUM, value), AggregateSpec.of(AVG, value), AggregateSpec.of(MIN, value),
                AggregateSpec.of(MAX, value));
    }

    // Keys 1.00 and -1.00 and NULL; values with NULLs and negatives.
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList(100L, 12345L), Arrays.asList(-100L, -1L), Arrays.asList(100L, null), Arrays.asList(null, 50L),
            Arrays.asList(100L, -99999L), Arrays.asList(-100L, 3L), Arrays.asList(null, null), Arrays.asList(100L, 1L));

    @Test
    void resultAndStateTypes() {
        List<AggregateSpec> specs = specs();
        assertThat(specs.stream().map(AggregateSpec::resultType).toList())
                .containsExactly(SUM_TYPE, DataType.DOUBLE, D52, D52);
        assertThat(AggregateStates.stateTypes(specs)).containsExactly(SUM_TYPE, SUM_TYPE, DataType.BIGINT, D52, D52);
    }

    @Test
    void groupsByDecimalKeysInCompleteMode() {
        List<List<Object>> rows = run(Mode.COMPLETE, List.of(new InputColumn(0, D52)), specs(), TestBatches.of(KEY_AND_VALUE, ROWS));
        assertThat(rows).containsExactlyInAnyOrder(
                Arrays.asList(100L, -87653L, -876.53 / 3, -99999L, 12345L),
                Arrays.asList(-100L, 2L, 0.01, -1L, 3L),
                Arrays.asList(null, 50L, 0.5, 50L, 50L));
    }

    @Test
    void partialStatesMergeIntoTheSameResult() {
        List<VectorExpression> keys = List.of(new InputColumn(0, D52));
        List<List<Object>> complete = run(Mode.COMPLETE, keys, specs(), TestBatches.of(KEY_AND_VALUE, ROWS));
        List<Batch> states = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            List<List<Object>> slice = new ArrayList<>();
            for (int i = part; i < ROWS.size(); i += 3) {
                slice.add(ROWS.get(i));
            }
            CollectingOperator sink = new CollectingOperator();
            HashAggregateOperator partial = new HashAggregateOperator(Mode.PARTIAL, keys, specs(), TaskContext.forTesting(4), sink);
            TestBatches.run(partial, TestBatches.of(KEY_AND_VALUE, slice), 2);
            states.addAll(sink.batches);
        }
        // The AVG state carries the exact decimal sum, not a double.
        assertThat(states.get(0).column(2).type()).isEqualTo(SUM_TYPE);
        assertThat(states.get(0).column(3).type()).isEqualTo(DataType.BIGINT);
        CollectingOperator sink = new CollectingOperator();
        HashAggregateOperator merge = new HashAggregateOperator(Mode.FINAL, List.of(new InputColumn(0, D52)), specs(),
                TaskContext.forTesting(4), sink);
        for (Batch batch : states) {
            merge.push(batch);
        }
        merge.finish();
        assertThat(sink.rows()).containsExactlyInAnyOrderElementsOf(complete);
    }

    @Test
    void sumBeyondEighteenDigitsIsAnOverflow() {
        DataType d18 = DataType.decimal(18, 0);
        List<AggregateSpec> sum = List.of(AggregateSpec.of(SUM, new InputColumn(0, d18)));
        Batch fits = TestBatches.of(List.of(d18), new Object[] {MAX18}, new Object[] {-1L}, new Object[] {1L});
        assertThat(run(Mode.COMPLETE, List.of(), sum, fits)).containsExactly(List.of(MAX18));
        Batch tooBig = TestBatches.of(List.of(d18), new Object[] {MAX18}, new Object[] {1L});
        assertOverflow(() -> run(Mode.COMPLETE, List.of(), sum, tooBig));
        // Past the long range too, not only past 18 digits.
        Batch wraps = TestBatches.of(List.of(d18), new Object[] {MAX18}, new Object[] {MAX18}, new Object[] {MAX18},
                new Object[] {MAX18}, new Object[] {MAX18}, new Object[] {MAX18}, new Object[] {MAX18}, new Object[] {MAX18},
                new Object[] {MAX18}, new Object[] {MAX18});
        assertOverflow(() -> run(Mode.COMPLETE, List.of(), sum, wraps));
    }

    @Test
    void averageOfDecimalsDividesTheExactSum() {
        DataType d183 = DataType.decimal(18, 3);
        List<AggregateSpec> avg = List.of(AggregateSpec.of(AVG, new InputColumn(0, d183)));
        // The state is the exact unscaled sum; the result is (sum / 10^s) / count in doubles, as DuckDB computes it.
        long big = (1L << 53) + 1;
        Batch input = TestBatches.of(List.of(d183), new Object[] {big}, new Object[] {big}, new Object[] {null});
        assertThat(run(Mode.COMPLETE, List.of(), avg, input)).containsExactly(List.of(big / 1000.0));
        Batch empty = TestBatches.of(List.of(d183), new Object[] {null});
        assertThat(run(Mode.COMPLETE, List.of(), avg, empty)).containsExactly(Arrays.asList((Object) null));
    }

    private static List<List<Object>> run(Mode mode, List<VectorExpression> keys, List<AggregateSpec> specs, Batch input) {
        CollectingOperator sink = new CollectingOperator();
        HashAggregateOperator operator = new HashAggregateOperator(mode, keys, specs, TaskContext.forTesting(3), sink);
        TestBatches.run(operator, input, 3);
        operator.close();
        return sink.rows();
    }

    private static void assertOverflow(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MinisparkException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }
}
