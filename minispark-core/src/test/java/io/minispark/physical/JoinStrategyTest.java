package io.minispark.physical;

import static io.minispark.logical.TestPlans.and;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.join;
import static io.minispark.physical.PhysicalPlanningFixture.large;
import static io.minispark.physical.PhysicalPlanningFixture.planner;
import static io.minispark.physical.PhysicalPlanningFixture.small;
import static io.minispark.physical.PhysicalPlanningFixture.table;
import static io.minispark.physical.PhysicalPlanningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which join strategy each join type gets, with broadcast on or off and small or large sides. */
class JoinStrategyTest {
    @TempDir
    Path dir;

    private PhysicalPlan plan(Scan left, Scan right, JoinType type, boolean broadcast) {
        LogicalPlan join = join(left, right, type, eq(col(left, "l.id"), col(right, "r.id")));
        return planner(broadcast).plan(join);
    }

    private Scan side(String name, String size) {
        return size.equals("small") ? small(dir, name) : large(dir, name);
    }

    /** Expected: "shuffle", "broadcast left" or "broadcast right". */
    @ParameterizedTest(name = "{0} join, left {1}, right {2}, broadcast {3}: {4}")
    @CsvSource({
            "INNER, small, large, true,  broadcast left",
            "INNER, large, small, true,  broadcast right",
            "INNER, large, large, true,  shuffle",
            "INNER, small, large, false, shuffle",
            "LEFT,  large, small, true,  broadcast right",
            "LEFT,  small, large, true,  shuffle",
            "LEFT,  small, small, true,  broadcast right",
            "RIGHT, small, large, true,  broadcast left",
            "RIGHT, large, small, true,  shuffle",
            "RIGHT, small, small, true,  broadcast left",
            "FULL,  small, small, true,  shuffle",
            "FULL,  large, large, false, shuffle",
            // A semi or anti join decides a left row on the whole right side: never broadcast the left.
            "LEFT_SEMI, small, large, true,  shuffle",
            "LEFT_SEMI, large, small, true,  broadcast right",
            "LEFT_SEMI, small, small, true,  broadcast right",
            "LEFT_ANTI, small, large, true,  shuffle",
            "LEFT_ANTI, small, small, true,  broadcast right",
            "LEFT_ANTI, large, large, false, shuffle",
    })
    void strategy(JoinType type, String leftSize, String rightSize, boolean broadcast, String expected) {
        PhysicalPlan plan = plan(side("l", leftSize), side("r", rightSize), type, broadcast);
        assertThat(plan).isInstanceOf(HashJoinExec.class);
        HashJoinExec join = (HashJoinExec) plan;
        if (expected.equals("shuffle")) {
            assertThat(join.broadcast()).isFalse();
            assertThat(join.left()).isInstanceOfSatisfying(ExchangeExec.class,
                    e -> assertThat(e.partitioning()).isEqualTo(new Partitioning.Hash(join.leftKeys(), 4)));
            assertThat(join.right()).isInstanceOfSatisfying(ExchangeExec.class,
                    e -> assertThat(e.partitioning()).isEqualTo(new Partitioning.Hash(join.rightKeys(), 4)));
        } else {
            BuildSide side = expected.endsWith("left") ? BuildSide.LEFT : BuildSide.RIGHT;
            assertThat(join.broadcast()).isTrue();
            assertThat(join.buildSide()).isEqualTo(side);
            PhysicalPlan built = side == BuildSide.LEFT ? join.left() : join.right();
            PhysicalPlan streamed = side == BuildSide.LEFT ? join.right() : join.left();
            assertThat(built).isInstanceOfSatisfying(ExchangeExec.class,
                    e -> assertThat(e.partitioning()).isEqualTo(new Partitioning.Broadcast()));
            assertThat(streamed).as("the streamed side is not shuffled").isInstanceOf(ScanExec.class);
        }
    }

    @Test
    void whenBothSidesMayBeBroadcastTheSmallerIs() {
        HashJoinExec join = (HashJoinExec) plan(table(dir, "l", 300), table(dir, "r", 200), JoinType.INNER, true);
        assertThat(join.buildSide()).isEqualTo(BuildSide.RIGHT);
        join = (HashJoinExec) plan(table(dir, "l", 200), table(dir, "r", 300), JoinType.INNER, true);
        assertThat(join.buildSide()).isEqualTo(BuildSide.LEFT);
    }

    @Test
    void aShuffleJoinBuildsOnTheLeftUnlessTheRightIsLessThanHalfItsSize() {
        assertThat(((HashJoinExec) plan(table(dir, "l", 20_000), table(dir, "r", 15_000), JoinType.INNER, false)).buildSide())
                .isEqualTo(BuildSide.LEFT);
        assertThat(((HashJoinExec) plan(table(dir, "l", 20_000), table(dir, "r", 9_000), JoinType.INNER, false)).buildSide())
                .isEqualTo(BuildSide.RIGHT);
    }

    @Test
    void keysWrittenRightSideFirstAreSwappedAndTheRestIsAResidual() {
        Scan l = large(dir, "l");
        Scan r = large(dir, "r");
        LogicalPlan join = join(l, r, JoinType.INNER, and(eq(col(r, "r.id"), col(l, "l.id")), gt(col(l, "l.v"), col(r, "r.v"))));
        assertThat(text(planner(false).plan(join))).isEqualTo("""
                HashJoin((l.id) == (r.id) AND (l.v > r.v), "inner", build: left)
                  Exchange(l.id)
                    Scan(l, csv)
                  Exchange(r.id)
                    Scan(r, csv)""");
    }

    @Test
    void withoutEqualityKeysItIsANestedLoopJoinMeetingInOnePartition() {
        Scan l = large(dir, "l");
        Scan r = large(dir, "r");
        assertThat(text(planner(true).plan(join(l, r, JoinType.LEFT, gt(col(l, "l.v"), col(r, "r.v")))))).isEqualTo("""
                NestedLoopJoin((l.v > r.v), "left", build: left)
                  Exchange(single)
                    Scan(l, csv)
                  Exchange(single)
                    Scan(r, csv)""");
    }

    @Test
    void aCrossJoinWithASmallSideBroadcastsIt() {
        Scan l = large(dir, "l");
        Scan r = small(dir, "r");
        assertThat(text(planner(true).plan(join(l, r, JoinType.CROSS, null)))).isEqualTo("""
                NestedLoopJoin("cross", build: right)
                  Scan(l, csv)
                  Exchange(broadcast)
                    Scan(r, csv)""");
    }

    @Test
    void aNestedLoopJoinNeverBroadcastsAPreservedSide() {
        Scan l = small(dir, "l");
        Scan r = large(dir, "r");
        PhysicalPlan plan = planner(true).plan(join(l, r, JoinType.LEFT, gt(col(l, "l.v"), col(r, "r.v"))));
        assertThat(text(plan)).doesNotContain("broadcast)");
    }
}
