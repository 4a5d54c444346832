package io.minispark.exec.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.exec.expr.InputColumn;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filter, project and limit. */
class SimpleOperatorsTest {
    private static Batch numbers(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(i));
        }
        return TestBatches.of(List.of(DataType.INT), rows);
    }

    @Test
    void truePositionsSkipFalseAndNull() {
        BooleanVector predicate = new BooleanVector(DataType.BOOLEAN, new boolean[] {true, false, true, true},
                new boolean[] {false, false, true, false});
        assertThat(TruePositions.find(predicate)).containsExactly(0, 3);
        assertThatThrownBy(() -> TruePositions.find(numbers(1).column(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterKeepsOnlyTrueRows() {
        Batch input = TestBatches.of(List.of(DataType.BOOLEAN, DataType.STRING), new Object[] {true, "a"},
                new Object[] {null, "b"}, new Object[] {false, "c"}, new Object[] {true, null});
        CollectingOperator sink = new CollectingOperator();
        FilterOperator filter = new FilterOperator(new InputColumn(0, DataType.BOOLEAN), sink);
        TestBatches.run(filter, input, 3);
        assertThat(sink.rows()).containsExactly(Arrays.asList(true, "a"), Arrays.asList(true, null));
        assertThat(sink.finishCount).isEqualTo(1);
        assertThat(filter.metrics().rowsIn).isEqualTo(4);
        assertThat(filter.metrics().rowsOut).isEqualTo(2);
    }

    @Test
    void projectEvaluatesEachExpression() {
        Batch input = TestBatches.of(List.of(DataType.INT, DataType.STRING), new Object[] {1, "a"}, new Object[] {2, "b"});
        CollectingOperator sink = new CollectingOperator();
        TestBatches.run(new ProjectOperator(List.of(new InputColumn(1, DataType.STRING), new InputColumn(0, DataType.INT),
                new InputColumn(1, DataType.STRING)), sink), input, 1);
        assertThat(sink.rows()).containsExactly(List.of("a", 1, "a"), List.of("b", 2, "b"));
        assertThat(sink.finishCount).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"10, 0, 1", "10, 0, 3", "10, 5, 3", "-1, 7, 4", "0, 0, 2", "100, 0, 7", "3, 95, 8", "5, 200, 8"})
    void limitAndOffsetSelectTheRightRows(long limit, long offset, int batchSize) {
        CollectingOperator sink = new CollectingOperator();
        LimitOperator operator = new LimitOperator(limit, offset, sink);
        TestBatches.run(operator, numbers(100), batchSize);
        List<Object> expected = new ArrayList<>();
        for (long i = offset; i < 100 && (limit < 0 || i < offset + limit); i++) {
            expected.add((int) i);
        }
        assertThat(sink.rows().stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(expected);
        assertThat(sink.finishCount).isEqualTo(1);
    }

    @Test
    void limitSaysWhenItIsSatisfied() {
        CollectingOperator sink = new CollectingOperator();
        LimitOperator operator = new LimitOperator(5, 2, sink);
        assertThat(operator.isSatisfied()).isFalse();
        operator.push(numbers(4));
        assertThat(operator.wantsMore()).isTrue();
        operator.push(numbers(4));
        assertThat(operator.isSatisfied()).isTrue();
        operator.push(numbers(4));
        assertThat(sink.rows()).hasSize(5);
        LimitOperator offsetOnly = new LimitOperator(LimitOperator.NO_LIMIT, 3, new CollectingOperator());
        offsetOnly.push(numbers(100));
        assertThat(offsetOnly.isSatisfied()).isFalse();
        assertThatThrownBy(() -> new LimitOperator(-2, 0, sink)).isInstanceOf(IllegalArgumentException.class);
    }
}
