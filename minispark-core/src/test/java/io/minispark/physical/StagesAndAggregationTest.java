package io.minispark.physical;

import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.attr;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.join;
import static io.minispark.physical.PhysicalPlanningFixture.large;
import static io.minispark.physical.PhysicalPlanningFixture.planner;
import static io.minispark.physical.PhysicalPlanningFixture.small;
import static io.minispark.physical.PhysicalPlanningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Expression;
import io.minispark.logical.JoinType;
import io.minispark.logical.Limit;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Scan;
import io.minispark.logical.Sort;
import io.minispark.logical.SortOrder;
import io.minispark.types.DataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-phase aggregation, sorts and limits, and how the plan is cut into stages at its exchanges. */
class StagesAndAggregationTest {
    @TempDir
    Path dir;

    private static NamedExpression sum(Expression e, boolean distinct) {
        return as(new AggregateCall(AggregateCall.Function.SUM, e, distinct, DataType.BIGINT), distinct ? "sum_distinct" : "total");
    }

    private static List<AggregateMode> modes(PhysicalPlan plan) {
        List<AggregateMode> out = new ArrayList<>();
        collectModes(plan, out);
        return out;
    }

    private static void collectModes(PhysicalPlan plan, List<AggregateMode> out) {
        plan.children().forEach(c -> collectModes(c, out));
        if (plan instanceof HashAggregateExec a) {
            out.add(a.mode());
        }
    }

    private static List<String> writers(List<Stage> stages) {
        return stages.stream().map(s -> switch (s.output()) {
            case StageOutput.Result r -> "result";
            case StageOutput.Shuffle sh -> sh.partitioning().toString();
        }).toList();
    }

    @Test
    void groupedAggregationIsPartialThenExchangeByKeyThenFinal() {
        Scan t = large(dir, "t");
        LogicalPlan agg = new Aggregate(t, List.of(NamedExpression.of(attr(t, "id"))), List.of(sum(col(t, "v"), false)));
        PhysicalPlan plan = planner(false).plan(agg);
        assertThat(text(plan)).isEqualTo("""
                HashAggregate(group_by: t.id, agg: [sum(t.v) AS total], mode: final)
                  Exchange(t.id)
                    HashAggregate(group_by: t.id, agg: [sum(t.v) AS total], mode: partial)
                      Scan(t, csv)""");
        List<Stage> stages = StageSplitter.split(plan);
        assertThat(stages).hasSize(2);
        assertThat(modes(stages.get(0).root())).containsExactly(AggregateMode.PARTIAL);
        assertThat(modes(stages.get(1).root())).containsExactly(AggregateMode.FINAL);
        assertThat(stages.get(1).inputStages()).containsExactly(0);
        assertThat(plan.output()).isEqualTo(agg.output());
    }

    @Test
    void aGlobalAggregateMeetsInASinglePartition() {
        Scan t = large(dir, "t");
        PhysicalPlan plan = planner(false).plan(new Aggregate(t, List.of(), List.of(sum(col(t, "v"), false))));
        assertThat(text(plan)).contains("Exchange(single)");
        assertThat(modes(plan)).containsExactly(AggregateMode.PARTIAL, AggregateMode.FINAL);
    }

    @Test
    void aDistinctAggregateShufflesRawRowsAndAggregatesOnceInCompleteMode() {
        Scan t = large(dir, "t");
        LogicalPlan agg = new Aggregate(t, List.of(NamedExpression.of(attr(t, "id"))), List.of(sum(col(t, "v"), true)));
        PhysicalPlan plan = planner(false).plan(agg);
        assertThat(text(plan)).isEqualTo("""
                HashAggregate(group_by: t.id, agg: [sum(DISTINCT t.v) AS sum_distinct], mode: complete)
                  Exchange(t.id)
                    Scan(t, csv)""");
        List<Stage> stages = StageSplitter.split(plan);
        assertThat(stages).hasSize(2);
        assertThat(modes(stages.get(0).root())).isEmpty();
        assertThat(modes(stages.get(1).root())).containsExactly(AggregateMode.COMPLETE);
    }

    @Test
    void aSortGathersEverythingIntoOnePartitionFirstAndALimitAboveItNeedsNoOtherExchange() {
        Scan t = large(dir, "t");
        LogicalPlan sorted = new Limit(new Sort(t, List.of(SortOrder.of(col(t, "v"), true))), 10, 0);
        assertThat(text(planner(false).plan(sorted))).isEqualTo("""
                Limit(10)
                  Sort(t.v ASC NULLS LAST)
                    Exchange(single)
                      Scan(t, csv)""");
    }

    @Test
    void aLimitIsLocalThenGlobalCountingTheOffset() {
        Scan t = large(dir, "t");
        assertThat(text(planner(false).plan(new Limit(t, 10, 5)))).isEqualTo("""
                Limit(10, offset 5)
                  Exchange(single)
                    Limit(15)
                      Scan(t, csv)""");
    }

    @Test
    void aShuffleJoinThenAggregationRunsInFourStagesInputsFirst() {
        Scan l = large(dir, "l");
        Scan r = large(dir, "r");
        LogicalPlan joined = join(l, r, JoinType.INNER, eq(col(l, "l.id"), col(r, "r.id")));
        LogicalPlan agg = new Aggregate(joined, List.of(NamedExpression.of(attr(l, "v"))), List.of(sum(col(r, "v"), false)));
        List<Stage> stages = StageSplitter.split(planner(false).plan(agg));
        assertThat(stages).extracting(Stage::id).containsExactly(0, 1, 2, 3);
        assertThat(writers(stages)).containsExactly("l.id", "r.id", "l.v", "result");
        assertThat(stages.get(2).inputStages()).containsExactly(0, 1);
        assertThat(stages.get(3).inputStages()).containsExactly(2);
        assertThat(modes(stages.get(2).root())).containsExactly(AggregateMode.PARTIAL);
        assertThat(text(stages.get(2).root())).isEqualTo("""
                HashAggregate(group_by: l.v, agg: [sum(r.v) AS total], mode: partial)
                  HashJoin((l.id) == (r.id), "inner", build: left)
                    LoadShuffleFiles(stage 0)
                    LoadShuffleFiles(stage 1)""");
        for (Stage s : stages) {
            assertThat(s.inputStages()).allMatch(input -> input < s.id());
        }
    }

    @Test
    void aBroadcastJoinThenAggregationRunsInThreeStages() {
        Scan l = large(dir, "l");
        Scan r = small(dir, "r");
        LogicalPlan joined = join(l, r, JoinType.INNER, eq(col(l, "l.id"), col(r, "r.id")));
        LogicalPlan agg = new Aggregate(joined, List.of(NamedExpression.of(attr(l, "v"))), List.of(sum(col(r, "v"), false)));
        List<Stage> stages = StageSplitter.split(planner(true).plan(agg));
        assertThat(writers(stages)).containsExactly("broadcast", "l.v", "result");
        assertThat(text(stages.get(1).root())).isEqualTo("""
                HashAggregate(group_by: l.v, agg: [sum(r.v) AS total], mode: partial)
                  BroadcastHashJoin((l.id) == (r.id), "inner", build: right)
                    Scan(l, csv)
                    LoadBroadcast(stage 0)""");
        assertThat(StagePrinter.print(stages)).contains("WriteBroadcast()", "WriteToShufflePartitions(l.v, partitions: 4)",
                "WriteToLocalFile()");
    }

    @Test
    void aPlanWithoutExchangesIsOneStage() {
        Scan t = large(dir, "t");
        List<Stage> stages = StageSplitter.split(planner(false).plan(t));
        assertThat(stages).hasSize(1);
        assertThat(stages.get(0).output()).isInstanceOf(StageOutput.Result.class);
        assertThat(stages.get(0).inputStages()).isEmpty();
    }
}
