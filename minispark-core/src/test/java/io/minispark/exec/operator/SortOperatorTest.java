package io.minispark.exec.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.exec.MemoryBudget;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.InputColumn;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortOperatorTest {
    private static List<List<Object>> sort(Batch input, List<SortKey> keys, int batchSize) {
        CollectingOperator sink = new CollectingOperator();
        SortOperator sort = new SortOperator(keys, TaskContext.forTesting(batchSize), sink);
        TestBatches.run(sort, input, batchSize);
        assertThat(sink.finishCount).isEqualTo(1);
        assertThat(sink.maxBatchRows()).isLessThanOrEqualTo(batchSize);
        return sink.rows();
    }

    @Test
    void mixedDirectionsAndNullPlacement() {
        List<DataType> types = List.of(DataType.STRING, DataType.INT, DataType.INT);
        Batch input = TestBatches.of(types,
                new Object[] {"b", 1, 0}, new Object[] {null, 2, 1}, new Object[] {"a", null, 2}, new Object[] {"a", 3, 3},
                new Object[] {"b", null, 4}, new Object[] {"a", 1, 5});
        List<SortKey> keys = List.of(new SortKey(new InputColumn(0, DataType.STRING), true, false),
                new SortKey(new InputColumn(1, DataType.INT), false, true));
        assertThat(sort(input, keys, 2).stream().map(r -> r.get(2)).toList()).containsExactly(2, 3, 5, 4, 0, 1);
        List<SortKey> flipped = List.of(new SortKey(new InputColumn(0, DataType.STRING), false, true),
                new SortKey(new InputColumn(1, DataType.INT), true, false));
        assertThat(sort(input, flipped, 1024).stream().map(r -> r.get(2)).toList()).containsExactly(1, 0, 4, 5, 3, 2);
    }

    @Test
    void doublesPutNaNLastAndTreatNegativeZeroAsZero() {
        Batch input = TestBatches.of(List.of(DataType.DOUBLE, DataType.INT),
                new Object[] {Double.NaN, 0}, new Object[] {0.0, 1}, new Object[] {Double.NEGATIVE_INFINITY, 2},
                new Object[] {-0.0, 3}, new Object[] {1.0, 4}, new Object[] {null, 5});
        List<List<Object>> rows = sort(input, List.of(SortKey.ascending(new InputColumn(0, DataType.DOUBLE))), 4);
        // 0.0 and -0.0 are equal, so the stable sort keeps their input order.
        assertThat(rows.stream().map(r -> r.get(1)).toList()).containsExactly(5, 2, 1, 3, 4, 0);
    }

    @Test
    void stringsOrderByUnsignedBytes() {
        Batch input = TestBatches.of(List.of(DataType.STRING), new Object[] {"\u00e9"}, new Object[] {"z"},
                new Object[] {""}, new Object[] {"ab"}, new Object[] {"a"});
        assertThat(sort(input, List.of(SortKey.ascending(new InputColumn(0, DataType.STRING))), 3))
                .containsExactly(List.of(""), List.of("a"), List.of("ab"), List.of("z"), List.of("\u00e9"));
    }

    @Test
    void emptyInputEmitsNothingButFinishes() {
        assertThat(sort(Batch.empty(List.of(DataType.INT)), List.of(SortKey.ascending(new InputColumn(0, DataType.INT))), 3))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1024})
    void matchesAStableReferenceSortForRandomInput(int batchSize) {
        long seed = System.nanoTime();
        System.out.println("SortOperatorTest seed " + seed);
        Random random = new Random(seed);
        List<DataType> types = List.of(DataType.BIGINT, DataType.BOOLEAN, DataType.DATE, DataType.INT);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(Arrays.asList(random.nextInt(5) == 0 ? null : (long) random.nextInt(20),
                    random.nextInt(5) == 0 ? null : random.nextBoolean(),
                    random.nextInt(5) == 0 ? null : random.nextInt(10), i));
        }
        List<SortKey> keys = List.of(new SortKey(new InputColumn(0, DataType.BIGINT), false, false),
                new SortKey(new InputColumn(1, DataType.BOOLEAN), true, false),
                new SortKey(new InputColumn(2, DataType.DATE), false, true));
        Comparator<List<Object>> reference = Comparator
                .comparing((List<Object> r) -> (Long) r.get(0), Comparator.nullsLast(Comparator.<Long>reverseOrder()))
                .thenComparing(r -> (Boolean) r.get(1), Comparator.nullsLast(Comparator.<Boolean>naturalOrder()))
                .thenComparing(r -> (Integer) r.get(2), Comparator.nullsFirst(Comparator.<Integer>reverseOrder()));
        List<List<Object>> expected = new ArrayList<>(rows);
        expected.sort(reference);
        assertThat(sort(TestBatches.of(types, rows), keys, batchSize)).as("seed %d", seed).containsExactlyElementsOf(expected);
    }

    @Test
    void reservesMemoryForBufferedRowsAndReleasesIt() {
        MemoryBudget budget = MemoryBudget.unlimited();
        CollectingOperator sink = new CollectingOperator();
        SortOperator sort = new SortOperator(List.of(SortKey.ascending(new InputColumn(0, DataType.INT))),
                new TaskContext(2, budget, Path.of("."), new AtomicBoolean()), sink);
        sort.push(TestBatches.of(List.of(DataType.INT), new Object[] {2}, new Object[] {1}));
        assertThat(budget.used()).isEqualTo(8);
        sort.finish();
        sort.close();
        assertThat(budget.used()).isZero();
        assertThat(sort.metrics().peakMemoryBytes).isGreaterThanOrEqualTo(8);
        assertThat(sink.rows()).containsExactly(List.of(1), List.of(2));
    }
}
