package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.And;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.Comparison;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Literal;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalExpressionTest {
    /** Every pair of TRUE, FALSE, NULL: left varies slowest. */
    private final ExpressionFixture truthTable = new ExpressionFixture()
            .column("l", DataType.BOOLEAN, true, true, true, false, false, false, null, null, null)
            .column("r", DataType.BOOLEAN, true, false, null, true, false, null, true, false, null);

    @Test
    void andFollowsThreeValuedLogic() {
        assertThat(truthTable.evaluate(new And(truthTable.ref("l"), truthTable.ref("r"))))
                .containsExactly(true, false, null, false, false, false, null, false, null);
    }

    @Test
    void orFollowsThreeValuedLogic() {
        assertThat(truthTable.evaluate(new Or(truthTable.ref("l"), truthTable.ref("r"))))
                .containsExactly(true, true, true, true, false, null, true, null, null);
    }

    @Test
    void notKeepsNull() {
        assertThat(truthTable.evaluate(new Not(truthTable.ref("l"))))
                .containsExactly(false, false, false, true, true, true, null, null, null);
    }

    @Test
    void fastPathsWithoutNulls() {
        ExpressionFixture table = new ExpressionFixture()
                .column("l", DataType.BOOLEAN, true, true, false)
                .column("r", DataType.BOOLEAN, true, false, true);
        assertThat(table.evaluate(new And(table.ref("l"), table.ref("r")))).containsExactly(true, false, false);
        assertThat(table.evaluate(new Or(table.ref("l"), table.ref("r")))).containsExactly(true, true, true);
        assertThat(table.evaluate(new And(Literal.TRUE, table.ref("r")))).containsExactly(true, false, true);
        assertThat(table.evaluate(new Or(Literal.FALSE, table.ref("r")))).containsExactly(true, false, true);
    }

    @Test
    void rightSideOfAndRunsOnlyWhereLeftIsNotFalse() {
        // a * 1000000 overflows for the large value, which the guard excludes.
        ExpressionFixture table = new ExpressionFixture().column("a", DataType.INT, 5, 2_000_000_000, null);
        var guard = new Comparison(Comparison.Op.LT, table.ref("a"), literal(1000));
        var risky = new Comparison(Comparison.Op.GT,
                new Arithmetic(Arithmetic.Op.MULTIPLY, table.ref("a"), literal(1_000_000), DataType.INT), literal(0));
        assertThat(table.evaluate(new And(guard, risky))).containsExactly(true, false, null);
        var inverseGuard = new Comparison(Comparison.Op.GE, table.ref("a"), literal(1000));
        assertThat(table.evaluate(new Or(inverseGuard, risky))).containsExactly(true, true, null);
    }

    @Test
    void isNullAndIsNotNull() {
        ExpressionFixture table = new ExpressionFixture().column("s", DataType.STRING, "a", null, "");
        assertThat(table.evaluate(new IsNull(table.ref("s"), false))).containsExactly(false, true, false);
        assertThat(table.evaluate(new IsNull(table.ref("s"), true))).containsExactly(true, false, true);
        ExpressionFixture noNulls = new ExpressionFixture().column("i", DataType.INT, 1, 2);
        assertThat(noNulls.evaluate(new IsNull(noNulls.ref("i"), false))).containsExactly(false, false);
        assertThat(noNulls.evaluate(new IsNull(noNulls.ref("i"), true))).containsExactly(true, true);
    }

    @Test
    void inListWithSqlNullRules() {
        ExpressionFixture table = new ExpressionFixture().column("x", DataType.INT, 1, 2, null);
        var withNull = List.<io.minispark.logical.Expression>of(literal(1), Literal.nullOf(DataType.INT));
        assertThat(table.evaluate(new InList(table.ref("x"), withNull, false))).containsExactly(true, null, null);
        assertThat(table.evaluate(new InList(table.ref("x"), withNull, true))).containsExactly(false, null, null);
        var plain = List.<io.minispark.logical.Expression>of(literal(1), literal(3));
        assertThat(table.evaluate(new InList(table.ref("x"), plain, false))).containsExactly(true, false, null);
        assertThat(table.evaluate(new InList(table.ref("x"), plain, true))).containsExactly(false, true, null);
    }

    @Test
    void inListOverDoublesAndStrings() {
        ExpressionFixture table = new ExpressionFixture()
                .column("d", DataType.DOUBLE, Double.NaN, -0.0, 1.5)
                .column("s", DataType.STRING, "é", "e", "");
        var doubles = List.<io.minispark.logical.Expression>of(literal(Double.NaN), literal(0.0));
        assertThat(table.evaluate(new InList(table.ref("d"), doubles, false))).containsExactly(true, true, false);
        var strings = List.<io.minispark.logical.Expression>of(literal("é"), literal(""));
        assertThat(table.evaluate(new InList(table.ref("s"), strings, false))).containsExactly(true, false, true);
        // The list may hold expressions over the row, not just constants.
        var columns = List.<io.minispark.logical.Expression>of(table.ref("s"));
        assertThat(table.evaluate(new InList(literal("e"), columns, false))).containsExactly(false, true, false);
    }
}
