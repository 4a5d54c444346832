package io.minispark.exec.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.exec.MemoryBudget;
import io.minispark.exec.TaskContext;
import io.minispark.exec.expr.InputColumn;
import io.minispark.exec.expr.VectorExpression;
import io.minispark.logical.JoinType;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JoinOperatorsTest {
    /** Left: (INT key, STRING key, INT value); right: (INT key, STRING key, INT value, DOUBLE). */
    private static final List<DataType> LEFT = List.of(DataType.INT, DataType.STRING, DataType.INT);
    private static final List<DataType> RIGHT = List.of(DataType.INT, DataType.STRING, DataType.INT, DataType.DOUBLE);

    /** {@code left.value < right.value}, NULL when either is NULL; columns are left then right. */
    private static final RowPredicate VALUE_LESS = new RowPredicate(row -> row.get(2) == null || row.get(5) == null ? null
            : (Integer) row.get(2) < (Integer) row.get(5));

    private static boolean keysEqual(List<Object> joined) {
        return joined.get(0) != null && joined.get(1) != null && Objects.equals(joined.get(0), joined.get(3))
                && Objects.equals(joined.get(1), joined.get(4));
    }

    private static List<VectorExpression> keys(List<DataType> types) {
        return List.of(new InputColumn(0, types.get(0)), new InputColumn(1, types.get(1)));
    }

    /** Runs a hash join of left and right with the given side built, feeding batches of {@code batchSize}. */
    private static List<List<Object>> hashJoin(Batch left, Batch right, PhysicalJoinType type, boolean buildIsLeft,
            VectorExpression residual, int batchSize) {
        TaskContext context = TaskContext.forTesting(batchSize);
        Batch build = buildIsLeft ? left : right;
        Batch probe = buildIsLeft ? right : left;
        List<DataType> buildTypes = buildIsLeft ? LEFT : RIGHT;
        List<DataType> probeTypes = buildIsLeft ? RIGHT : LEFT;
        JoinHashTable table = new JoinHashTable(keys(buildTypes), buildTypes, context);
        TestBatches.run(table, build, batchSize);
        CollectingOperator sink = new CollectingOperator();
        HashJoinOperator join = new HashJoinOperator(table, keys(probeTypes), probeTypes, type, buildIsLeft, residual, context, sink);
        TestBatches.run(join, probe, batchSize);
        join.close();
        table.close();
        assertThat(context.memory().used()).isZero();
        assertThat(sink.finishCount).isEqualTo(1);
        assertThat(sink.maxBatchRows()).isLessThanOrEqualTo(batchSize);
        int width = type.outputsRightColumns() ? LEFT.size() + RIGHT.size() : LEFT.size();
        assertThat(sink.batches).allSatisfy(b -> assertThat(b.columnCount()).isEqualTo(width));
        return sink.rows();
    }

    private static List<List<Object>> nestedLoopJoin(Batch left, Batch right, PhysicalJoinType type, boolean buildIsLeft,
            VectorExpression condition, int batchSize) {
        TaskContext context = TaskContext.forTesting(batchSize);
        BuildSide build = new BuildSide(buildIsLeft ? LEFT : RIGHT, context);
        TestBatches.run(build, buildIsLeft ? left : right, batchSize);
        CollectingOperator sink = new CollectingOperator();
        NestedLoopJoinOperator join = new NestedLoopJoinOperator(build, buildIsLeft ? RIGHT : LEFT, type, buildIsLeft,
                condition, context, sink);
        TestBatches.run(join, buildIsLeft ? right : left, batchSize);
        build.close();
        assertThat(context.memory().used()).isZero();
        assertThat(sink.finishCount).isEqualTo(1);
        assertThat(sink.maxBatchRows()).isLessThanOrEqualTo(batchSize);
        return sink.rows();
    }

    private static List<List<Object>> randomRows(Random random, int count, int width) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Object> row = new ArrayList<>(Arrays.asList(
                    random.nextInt(7) == 0 ? null : random.nextInt(10),
                    random.nextInt(9) == 0 ? null : "s" + random.nextInt(3),
                    random.nextInt(6) == 0 ? null : random.nextInt(100)));
            if (width == 4) {
                row.add(random.nextInt(4) == 0 ? null : random.nextDouble());
            }
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(PhysicalJoinType.class)
    void everyJoinMatchesTheReferenceForRandomInput(PhysicalJoinType type) {
        long seed = System.nanoTime();
        System.out.println("JoinOperatorsTest seed " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 4; round++) {
            List<List<Object>> leftRows = randomRows(random, round == 0 ? 0 : random.nextInt(120), 3);
            List<List<Object>> rightRows = randomRows(random, round == 1 ? 0 : random.nextInt(120), 4);
            Batch left = TestBatches.of(LEFT, leftRows);
            Batch right = TestBatches.of(RIGHT, rightRows);
            for (boolean withResidual : new boolean[] {false, true}) {
                Predicate<List<Object>> condition = withResidual
                        ? row -> keysEqual(row) && Boolean.TRUE.equals(VALUE_LESS.test().apply(row))
                        : JoinOperatorsTest::keysEqual;
                List<List<Object>> expected = ReferenceJoin.join(leftRows, rightRows, LEFT.size(), RIGHT.size(), type, condition);
                RowPredicate nestedLoopCondition = new RowPredicate(condition::test);
                for (int batchSize : new int[] {1, 3, 1024}) {
                    for (boolean buildIsLeft : new boolean[] {false, true}) {
                        String description = "seed " + seed + " round " + round + " residual " + withResidual
                                + " batch " + batchSize + " buildIsLeft " + buildIsLeft;
                        assertThat(hashJoin(left, right, type, buildIsLeft, withResidual ? VALUE_LESS : null, batchSize))
                                .as("hash join, " + description).containsExactlyInAnyOrderElementsOf(expected);
                        assertThat(nestedLoopJoin(left, right, type, buildIsLeft, nestedLoopCondition, batchSize))
                                .as("nested-loop join, " + description).containsExactlyInAnyOrderElementsOf(expected);
                    }
                }
            }
        }
    }

    @Test
    void duplicateKeysProduceEveryPair() {
        Batch left = TestBatches.of(LEFT, new Object[] {1, "a", 1}, new Object[] {1, "a", 2}, new Object[] {2, "a", 3});
        Batch right = TestBatches.of(RIGHT, new Object[] {1, "a", 10, 0.5}, new Object[] {1, "a", 20, 0.5},
                new Object[] {1, "a", 30, 0.5});
        List<List<Object>> rows = hashJoin(left, right, PhysicalJoinType.INNER, false, null, 2);
        assertThat(rows).hasSize(6);
        assertThat(rows.stream().map(r -> (Integer) r.get(2) * 100 + (Integer) r.get(5)))
                .containsExactlyInAnyOrder(110, 120, 130, 210, 220, 230);
    }

    @Test
    void nullKeysNeverMatchButSurviveOuterJoins() {
        Batch left = TestBatches.of(LEFT, new Object[] {null, "a", 1}, new Object[] {1, null, 2});
        Batch right = TestBatches.of(RIGHT, new Object[] {null, "a", 10, 1.0}, new Object[] {1, null, 20, 2.0});
        assertThat(hashJoin(left, right, PhysicalJoinType.INNER, true, null, 8)).isEmpty();
        assertThat(hashJoin(left, right, PhysicalJoinType.FULL_OUTER, false, null, 8)).containsExactlyInAnyOrder(
                Arrays.asList(null, "a", 1, null, null, null, null),
                Arrays.asList(1, null, 2, null, null, null, null),
                Arrays.asList(null, null, null, null, "a", 10, 1.0),
                Arrays.asList(null, null, null, 1, null, 20, 2.0));
        assertThat(hashJoin(left, right, PhysicalJoinType.LEFT_ANTI, false, null, 8)).hasSize(2);
    }

    @Test
    void residualDecidesWhetherAnOuterRowMatched() {
        Batch left = TestBatches.of(LEFT, new Object[] {1, "a", 50});
        Batch right = TestBatches.of(RIGHT, new Object[] {1, "a", 10, 1.0}, new Object[] {1, "a", 60, 2.0});
        assertThat(hashJoin(left, right, PhysicalJoinType.LEFT_OUTER, false, VALUE_LESS, 8))
                .containsExactly(Arrays.asList(1, "a", 50, 1, "a", 60, 2.0));
        Batch onlySmaller = TestBatches.of(RIGHT, new Object[] {1, "a", 10, 1.0});
        assertThat(hashJoin(left, onlySmaller, PhysicalJoinType.LEFT_OUTER, true, VALUE_LESS, 8))
                .containsExactly(Arrays.asList(1, "a", 50, null, null, null, null));
        assertThat(hashJoin(left, onlySmaller, PhysicalJoinType.RIGHT_OUTER, true, VALUE_LESS, 8))
                .containsExactly(Arrays.asList(null, null, null, 1, "a", 10, 1.0));
    }

    @Test
    void emptySidesGiveEmptyOrNullExtendedOutput() {
        Batch left = TestBatches.of(LEFT, new Object[] {1, "a", 50});
        Batch emptyRight = Batch.empty(RIGHT);
        for (boolean buildIsLeft : new boolean[] {false, true}) {
            assertThat(hashJoin(left, emptyRight, PhysicalJoinType.INNER, buildIsLeft, null, 4)).isEmpty();
            assertThat(hashJoin(left, emptyRight, PhysicalJoinType.LEFT_OUTER, buildIsLeft, null, 4))
                    .containsExactly(Arrays.asList(1, "a", 50, null, null, null, null));
            assertThat(hashJoin(left, emptyRight, PhysicalJoinType.LEFT_ANTI, buildIsLeft, null, 4))
                    .containsExactly(Arrays.asList(1, "a", 50));
            assertThat(hashJoin(left, emptyRight, PhysicalJoinType.LEFT_SEMI, buildIsLeft, null, 4)).isEmpty();
            assertThat(hashJoin(Batch.empty(LEFT), emptyRight, PhysicalJoinType.FULL_OUTER, buildIsLeft, null, 4)).isEmpty();
        }
    }

    @Test
    void keysOfOtherTypesMatchByValue() {
        List<DataType> types = List.of(DataType.DOUBLE, DataType.DATE, DataType.BIGINT);
        Batch build = TestBatches.of(types, new Object[] {0.0, 5, 1L}, new Object[] {Double.NaN, 5, 2L}, new Object[] {1.5, 6, 3L});
        Batch probe = TestBatches.of(types, new Object[] {-0.0, 5, 10L}, new Object[] {Double.NaN, 5, 20L},
                new Object[] {1.5, 7, 30L});
        TaskContext context = TaskContext.forTesting(16);
        List<VectorExpression> keys = List.of(new InputColumn(0, DataType.DOUBLE), new InputColumn(1, DataType.DATE));
        JoinHashTable table = new JoinHashTable(keys, types, context);
        TestBatches.run(table, build, 16);
        CollectingOperator sink = new CollectingOperator();
        TestBatches.run(new HashJoinOperator(table, keys, types, PhysicalJoinType.INNER, true, null, context, sink), probe, 16);
        assertThat(sink.rows()).containsExactlyInAnyOrder(
                List.of(0.0, 5, 1L, -0.0, 5, 10L), List.of(Double.NaN, 5, 2L, Double.NaN, 5, 20L));
    }

    @Test
    void crossJoinPairsEveryRowInBoundedBatches() {
        List<List<Object>> leftRows = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            leftRows.add(Arrays.asList(i, "l", i));
        }
        List<List<Object>> rightRows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rightRows.add(Arrays.asList(i, "r", i, 0.0));
        }
        List<List<Object>> rows = nestedLoopJoin(TestBatches.of(LEFT, leftRows), TestBatches.of(RIGHT, rightRows),
                PhysicalJoinType.of(JoinType.CROSS), false, null, 10);
        assertThat(rows).hasSize(37 * 11);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(
                ReferenceJoin.join(leftRows, rightRows, 3, 4, PhysicalJoinType.INNER, row -> true));
    }

    @Test
    void probingBeforeTheBuildSideFinishedIsAnError() {
        TaskContext context = TaskContext.forTesting(4);
        JoinHashTable table = new JoinHashTable(keys(RIGHT), RIGHT, context);
        HashJoinOperator join = new HashJoinOperator(table, keys(LEFT), LEFT, PhysicalJoinType.INNER, false, null, context,
                new CollectingOperator());
        assertThatThrownBy(() -> join.push(TestBatches.of(LEFT, new Object[] {1, "a", 1})))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void buildSideReservesMemoryUntilClosed() {
        MemoryBudget budget = MemoryBudget.unlimited();
        TaskContext context = new TaskContext(4, budget, Path.of("."), new AtomicBoolean());
        JoinHashTable table = new JoinHashTable(keys(RIGHT), RIGHT, context);
        TestBatches.run(table, TestBatches.of(RIGHT, new Object[] {1, "a", 1, 1.0}, new Object[] {2, "b", 2, 2.0}), 1);
        assertThat(budget.used()).isPositive();
        assertThat(table.metrics().peakMemoryBytes).isPositive();
        table.close();
        assertThat(budget.used()).isZero();
    }

    @Test
    void physicalJoinTypesFollowLogicalOnes() {
        assertThat(PhysicalJoinType.of(JoinType.LEFT)).isEqualTo(PhysicalJoinType.LEFT_OUTER);
        assertThat(PhysicalJoinType.of(JoinType.RIGHT)).isEqualTo(PhysicalJoinType.RIGHT_OUTER);
        assertThat(PhysicalJoinType.of(JoinType.FULL)).isEqualTo(PhysicalJoinType.FULL_OUTER);
        assertThat(PhysicalJoinType.of(JoinType.INNER)).isEqualTo(PhysicalJoinType.INNER);
    }
}
