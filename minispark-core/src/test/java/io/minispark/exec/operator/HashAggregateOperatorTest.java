package io.minispark.exec.operator;

import static io.minispark.logical.AggregateCall.Function.AVG;
import static io.minispark.logical.AggregateCall.Function.COUNT;
import static io.minispark.logical.AggregateCall.Function.MAX;
import static io.minispark.logical.AggregateCall.Function.MIN;
import static io.minispark.logical.AggregateCall.Function.SUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.exec.MemoryBudget;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.InputColumn;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.exec.operator.HashAggregateOperator.Mode;
import io.minispark.logical.AggregateCall.Function;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashAggregateOperatorTest {
    private static final List<DataType> KEY_AND_INT = List.of(DataType.STRING, DataType.INT);

    private static InputColumn column(int index, DataType type) {
        return new InputColumn(index, type);
    }

    private static List<List<Object>> run(Mode mode, List<VectorExpression> keys, List<AggregateSpec> specs,
            Batch input, int batchSize) {
        CollectingOperator sink = new CollectingOperator();
        HashAggregateOperator operator = new HashAggregateOperator(mode, keys, specs, TaskContext.forTesting(batchSize), sink);
        TestBatches.run(operator, input, batchSize);
        assertThat(sink.finishCount).isEqualTo(1);
        assertThat(sink.maxBatchRows()).isLessThanOrEqualTo(batchSize);
        operator.close();
        assertThat(sink.closed).isTrue();
        return sink.rows();
    }

    private static List<AggregateSpec> allFunctions(InputColumn argument) {
        return List.of(AggregateSpec.countStar(), AggregateSpec.of(COUNT, argument), AggregateSpec.of(SUM, argument),
                AggregateSpec.of(AVG, argument), AggregateSpec.of(MIN, argument), AggregateSpec.of(MAX, argument));
    }

    @Test
    void groupsByStringKeyWithNullsAndNullKey() {
        Batch input = TestBatches.of(KEY_AND_INT,
                new Object[] {"a", 1}, new Object[] {"b", null}, new Object[] {null, 5}, new Object[] {"a", 3},
                new Object[] {"b", null}, new Object[] {null, 7}, new Object[] {"a", null});
        List<List<Object>> rows = run(Mode.COMPLETE, List.of(column(0, DataType.STRING)),
                allFunctions(column(1, DataType.INT)), input, 1024);
        assertThat(rows).containsExactly(
                Arrays.asList("a", 3L, 2L, 4L, 2.0, 1, 3),
                Arrays.asList("b", 2L, 0L, null, null, null, null),
                Arrays.asList(null, 2L, 2L, 12L, 6.0, 5, 7));
    }

    @Test
    void globalAggregationOfEmptyInputEmitsOneRowInEveryMode() {
        Batch empty = Batch.empty(List.of(DataType.INT));
        List<AggregateSpec> specs = allFunctions(column(0, DataType.INT));
        List<Object> expected = Arrays.asList(0L, 0L, null, null, null, null);
        assertThat(run(Mode.COMPLETE, List.of(), specs, empty, 4)).containsExactly(expected);
        List<List<Object>> partial = run(Mode.PARTIAL, List.of(), specs, empty, 4);
        assertThat(partial).containsExactly(Arrays.asList(0L, 0L, null, 0.0, 0L, null, null));
        Batch noStates = Batch.empty(AggregateStates.stateTypes(specs));
        assertThat(run(Mode.FINAL, List.of(), specs, noStates, 4)).containsExactly(expected);
    }

    @Test
    void groupedAggregationOfEmptyInputEmitsNothing() {
        Batch empty = Batch.empty(KEY_AND_INT);
        assertThat(run(Mode.COMPLETE, List.of(column(0, DataType.STRING)), allFunctions(column(1, DataType.INT)), empty, 8))
                .isEmpty();
    }

    @Test
    void minAndMaxWorkForEveryType() {
        List<DataType> types = List.of(DataType.BOOLEAN, DataType.INT, DataType.BIGINT, DataType.DOUBLE, DataType.STRING,
                DataType.DATE, DataType.TIMESTAMP);
        Batch input = TestBatches.of(types,
                new Object[] {true, 5, 50L, 1.5, "pear", 100, 1000L},
                new Object[] {null, null, null, null, null, null, null},
                new Object[] {false, -2, -20L, Double.NaN, "apple", -3, -30L},
                new Object[] {true, 9, 90L, -7.0, "\u00e9clair", 7, 70L});
        List<AggregateSpec> specs = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            specs.add(AggregateSpec.of(MIN, column(c, types.get(c))));
            specs.add(AggregateSpec.of(MAX, column(c, types.get(c))));
        }
        for (int batchSize : new int[] {1, 3, 1024}) {
            assertThat(run(Mode.COMPLETE, List.of(), specs, input, batchSize)).containsExactly(List.of(
                    false, true, -2, 9, -20L, 90L, -7.0, Double.NaN, "apple", "\u00e9clair", -3, 100, -30L, 1000L));
        }
    }

    @Test
    void sumOfDoublesAndAverageOfBigints() {
        Batch input = TestBatches.of(List.of(DataType.DOUBLE, DataType.BIGINT),
                new Object[] {1.5, 10L}, new Object[] {null, null}, new Object[] {2.25, 21L});
        List<AggregateSpec> specs = List.of(AggregateSpec.of(SUM, column(0, DataType.DOUBLE)),
                AggregateSpec.of(AVG, column(1, DataType.BIGINT)), AggregateSpec.of(SUM, column(1, DataType.BIGINT)));
        assertThat(run(Mode.COMPLETE, List.of(), specs, input, 2)).containsExactly(List.of(3.75, 15.5, 31L));
    }

    @Test
    void sumOverflowIsAnError() {
        Batch input = TestBatches.of(List.of(DataType.BIGINT), new Object[] {Long.MAX_VALUE - 1}, new Object[] {2L});
        assertThatThrownBy(() -> run(Mode.COMPLETE, List.of(), List.of(AggregateSpec.of(SUM, column(0, DataType.BIGINT))), input, 8))
                .isInstanceOf(MinisparkException.class)
                .extracting(e -> ((MinisparkException) e).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW);
    }

    @Test
    void sumOfIntsDoesNotOverflowAtIntRange() {
        Batch input = TestBatches.of(List.of(DataType.INT), new Object[] {Integer.MAX_VALUE}, new Object[] {Integer.MAX_VALUE});
        assertThat(run(Mode.COMPLETE, List.of(), List.of(AggregateSpec.of(SUM, column(0, DataType.INT))), input, 8))
                .containsExactly(List.of(2L * Integer.MAX_VALUE));
    }

    @Test
    void finalSumOverflowIsAnError() {
        AggregateSpec sum = AggregateSpec.of(SUM, column(1, DataType.BIGINT));
        Batch states = TestBatches.of(List.of(DataType.INT, DataType.BIGINT),
                new Object[] {1, Long.MIN_VALUE}, new Object[] {1, -1L});
        assertThatThrownBy(() -> run(Mode.FINAL, List.of(column(0, DataType.INT)), List.of(sum), states, 8))
                .isInstanceOf(MinisparkException.class)
                .extracting(e -> ((MinisparkException) e).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW);
    }

    @Test
    void manyGroupsGrowTheTableRepeatedly() {
        int rows = 200_000;
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(Arrays.asList(i * 7919L % 50_000, i % 3 == 0 ? null : i));
        }
        Batch input = TestBatches.of(List.of(DataType.BIGINT, DataType.INT), data);
        List<List<Object>> result = run(Mode.COMPLETE, List.of(column(0, DataType.BIGINT)),
                List.of(AggregateSpec.countStar(), AggregateSpec.of(SUM, column(1, DataType.INT))), input, 1024);
        assertThat(result).hasSize(50_000);
        assertThat(result).containsExactlyInAnyOrderElementsOf(ReferenceAggregation.aggregate(data, new int[] {0},
                List.of(new ReferenceAggregation.Call(COUNT, -1, false, true), new ReferenceAggregation.Call(SUM, 1, false, true)),
                false));
    }

    @Test
    void distinctAggregatesCountEachValueOncePerGroup() {
        Batch input = TestBatches.of(KEY_AND_INT,
                new Object[] {"a", 1}, new Object[] {"a", 1}, new Object[] {"a", 2}, new Object[] {"b", 1},
                new Object[] {"a", null}, new Object[] {"b", 1}, new Object[] {"b", 4}, new Object[] {"c", null});
        InputColumn argument = column(1, DataType.INT);
        List<AggregateSpec> specs = List.of(AggregateSpec.of(COUNT, argument).asDistinct(),
                AggregateSpec.of(SUM, argument).asDistinct(), AggregateSpec.of(AVG, argument).asDistinct(),
                AggregateSpec.of(SUM, argument));
        for (int batchSize : new int[] {1, 3, 1024}) {
            assertThat(run(Mode.COMPLETE, List.of(column(0, DataType.STRING)), specs, input, batchSize)).containsExactly(
                    Arrays.asList("a", 2L, 3L, 1.5, 4L),
                    Arrays.asList("b", 2L, 5L, 2.5, 6L),
                    Arrays.asList("c", 0L, null, null, null));
        }
    }

    @Test
    void distinctOutsideCompleteModeIsRejected() {
        AggregateSpec distinct = AggregateSpec.of(COUNT, column(0, DataType.INT)).asDistinct();
        assertThatThrownBy(() -> new HashAggregateOperator(Mode.PARTIAL, List.of(), List.of(distinct),
                TaskContext.forTesting(4), new CollectingOperator())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOfEveryTypeIncludingNegativeZeroAndNaN() {
        List<DataType> types = List.of(DataType.BOOLEAN, DataType.DOUBLE, DataType.DATE, DataType.TIMESTAMP);
        Batch input = TestBatches.of(types,
                new Object[] {true, 0.0, 1, 1L}, new Object[] {true, -0.0, 1, 1L}, new Object[] {true, Double.NaN, 1, 1L},
                new Object[] {true, Double.NaN, 1, 1L}, new Object[] {null, null, null, null},
                new Object[] {null, null, null, null}, new Object[] {false, 0.0, 1, 1L}, new Object[] {true, 0.0, 2, 1L});
        List<VectorExpression> keys = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            keys.add(column(c, types.get(c)));
        }
        List<List<Object>> rows = run(Mode.COMPLETE, keys, List.of(AggregateSpec.countStar()), input, 3);
        assertThat(rows).containsExactly(
                Arrays.asList(true, 0.0, 1, 1L, 2L), Arrays.asList(true, Double.NaN, 1, 1L, 2L),
                Arrays.asList(null, null, null, null, 2L), Arrays.asList(false, 0.0, 1, 1L, 1L),
                Arrays.asList(true, 0.0, 2, 1L, 1L));
    }

    @Test
    void reservesMemoryWhileGrowingAndReleasesItOnClose() {
        MemoryBudget budget = MemoryBudget.unlimited();
        TaskContext context = new TaskContext(1024, budget, Path.of("."), new AtomicBoolean());
        CollectingOperator sink = new CollectingOperator();
        HashAggregateOperator operator = new HashAggregateOperator(Mode.COMPLETE, List.of(column(0, DataType.STRING)),
                List.of(AggregateSpec.of(MAX, column(0, DataType.STRING))), context, sink);
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            data.add(Arrays.asList("key-" + i, 0));
        }
        TestBatches.run(operator, TestBatches.of(KEY_AND_INT, data), 1024);
        assertThat(budget.used()).isGreaterThan(10_000L * 8);
        assertThat(operator.metrics().peakMemoryBytes).isEqualTo(budget.peak());
        assertThat(operator.metrics().rowsIn).isEqualTo(10_000);
        assertThat(operator.metrics().rowsOut).isEqualTo(10_000);
        operator.close();
        assertThat(budget.used()).isZero();
    }

    @Test
    void failsWhenTheMemoryBudgetRefuses() {
        TaskContext context = new TaskContext(1024, new MemoryBudget(50_000), Path.of("."), new AtomicBoolean());
        HashAggregateOperator operator = new HashAggregateOperator(Mode.COMPLETE, List.of(column(0, DataType.INT)),
                List.of(AggregateSpec.countStar()), context, new CollectingOperator());
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            data.add(List.of(i));
        }
        assertThatThrownBy(() -> TestBatches.run(operator, TestBatches.of(List.of(DataType.INT), data), 1024))
                .isInstanceOf(MinisparkException.class);
        operator.close();
        assertThat(context.memory().used()).isZero();
    }

    /** A random table of (STRING key, INT key, INT, DOUBLE, STRING) with many NULLs. */
    private static List<List<Object>> randomRows(Random random, int count, int keyRange) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList(
                    random.nextInt(8) == 0 ? null : "k" + random.nextInt(keyRange),
                    random.nextInt(6) == 0 ? null : random.nextInt(3),
                    random.nextInt(5) == 0 ? null : random.nextInt(2001) - 1000,
                    random.nextInt(5) == 0 ? null : (double) (random.nextInt(200) - 100),
                    random.nextInt(5) == 0 ? null : "s" + random.nextInt(50)));
        }
        return rows;
    }

    private static final List<DataType> RANDOM_TYPES = List.of(DataType.STRING, DataType.INT, DataType.INT, DataType.DOUBLE,
            DataType.STRING);

    private static List<AggregateSpec> randomSpecs() {
        List<AggregateSpec> specs = new ArrayList<>(List.of(AggregateSpec.countStar()));
        for (Function function : Function.values()) {
            specs.add(AggregateSpec.of(function, column(2, DataType.INT)));
            specs.add(AggregateSpec.of(function, column(3, DataType.DOUBLE)));
        }
        specs.add(AggregateSpec.of(MIN, column(4, DataType.STRING)));
        specs.add(AggregateSpec.of(MAX, column(4, DataType.STRING)));
        specs.add(AggregateSpec.of(COUNT, column(4, DataType.STRING)));
        return specs;
    }

    private static List<ReferenceAggregation.Call> randomCalls() {
        List<ReferenceAggregation.Call> calls = new ArrayList<>(List.of(new ReferenceAggregation.Call(COUNT, -1, false, true)));
        for (Function function : Function.values()) {
            calls.add(new ReferenceAggregation.Call(function, 2, false, true));
            calls.add(new ReferenceAggregation.Call(function, 3, false, false));
        }
        calls.add(new ReferenceAggregation.Call(MIN, 4, false, false));
        calls.add(new ReferenceAggregation.Call(MAX, 4, false, false));
        calls.add(new ReferenceAggregation.Call(COUNT, 4, false, false));
        return calls;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1024})
    void matchesTheReferenceForRandomInputAtEveryBatchSize(int batchSize) {
        long seed = System.nanoTime();
        System.out.println("HashAggregateOperatorTest seed " + seed);
        Random random = new Random(seed);
        List<List<Object>> data = randomRows(random, 3000, 300);
        Batch input = TestBatches.of(RANDOM_TYPES, data);
        List<VectorExpression> keys = List.of(column(0, DataType.STRING), column(1, DataType.INT));
        List<List<Object>> expected = ReferenceAggregation.aggregate(data, new int[] {0, 1}, randomCalls(), false);
        assertThat(run(Mode.COMPLETE, keys, randomSpecs(), input, batchSize))
                .as("seed %d", seed).containsExactlyElementsOf(expected);
        List<List<Object>> globalExpected = ReferenceAggregation.aggregate(data, new int[0], randomCalls(), true);
        assertThat(run(Mode.COMPLETE, List.of(), randomSpecs(), input, batchSize))
                .as("seed %d", seed).containsExactlyElementsOf(globalExpected);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void partialThenFinalEqualsComplete(boolean grouped) {
        long seed = System.nanoTime();
        System.out.println("HashAggregateOperatorTest seed " + seed);
        Random random = new Random(seed);
        List<List<Object>> data = randomRows(random, 5000, 500);
        List<AggregateSpec> specs = randomSpecs();
        List<VectorExpression> keys = grouped ? List.of(column(0, DataType.STRING), column(1, DataType.INT)) : List.of();
        List<List<Object>> complete = run(Mode.COMPLETE, keys, specs, TestBatches.of(RANDOM_TYPES, data), 100);

        // Split the input over several PARTIAL instances (one of them gets no rows at all).
        List<Batch> partialOutputs = new ArrayList<>();
        int parts = 4;
        for (int part = 0; part < parts; part++) {
            List<List<Object>> slice = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (part < parts - 1 && i % (parts - 1) == part) {
                    slice.add(data.get(i));
                }
            }
            CollectingOperator sink = new CollectingOperator();
            HashAggregateOperator partial = new HashAggregateOperator(Mode.PARTIAL, keys, specs, TaskContext.forTesting(64), sink);
            TestBatches.run(partial, TestBatches.of(RANDOM_TYPES, slice), 97);
            assertThat(sink.batches).allSatisfy(b -> assertThat(b.columnCount()).isEqualTo(partial.outputTypes().size()));
            partialOutputs.addAll(sink.batches);
        }
        List<VectorExpression> finalKeys = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            finalKeys.add(column(k, keys.get(k).type()));
        }
        CollectingOperator sink = new CollectingOperator();
        HashAggregateOperator merge = new HashAggregateOperator(Mode.FINAL, finalKeys, specs, TaskContext.forTesting(100), sink);
        for (Batch batch : partialOutputs) {
            merge.push(batch);
        }
        merge.finish();
        assertThat(sink.rows()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(complete);
    }
}
