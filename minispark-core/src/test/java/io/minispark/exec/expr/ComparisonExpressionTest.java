package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.Comparison;
import io.minispark.logical.Comparison.Op;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonExpressionTest {

    @Test
    void everyOperatorOnInts() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 1, 2, 3, null)
                .column("b", DataType.INT, 2, 2, 2, 2);
        assertThat(table.evaluate(new Comparison(Op.EQ, table.ref("a"), table.ref("b")))).containsExactly(false, true, false, null);
        assertThat(table.evaluate(new Comparison(Op.NE, table.ref("a"), table.ref("b")))).containsExactly(true, false, true, null);
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("a"), table.ref("b")))).containsExactly(true, false, false, null);
        assertThat(table.evaluate(new Comparison(Op.LE, table.ref("a"), table.ref("b")))).containsExactly(true, true, false, null);
        assertThat(table.evaluate(new Comparison(Op.GT, table.ref("a"), table.ref("b")))).containsExactly(false, false, true, null);
        assertThat(table.evaluate(new Comparison(Op.GE, table.ref("a"), table.ref("b")))).containsExactly(false, true, true, null);
    }

    @Test
    void bigintsDatesAndTimestamps() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.BIGINT, Long.MIN_VALUE, Long.MAX_VALUE)
                .column("d", DataType.DATE, Dates.parseDate("1969-12-31"), Dates.parseDate("2024-02-29"))
                .column("t", DataType.TIMESTAMP, -1L, 1L);
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("a"), literal(0L)))).containsExactly(true, false);
        assertThat(table.evaluate(new Comparison(Op.GT, table.ref("d"),
                new Literal(Dates.parseDate("2000-01-01"), DataType.DATE)))).containsExactly(false, true);
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("t"), new Literal(0L, DataType.TIMESTAMP))))
                .containsExactly(true, false);
    }

    @Test
    void doublesOrderNanAboveInfinityAndEqualToItself() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.DOUBLE, Double.NaN, Double.NaN, -0.0, Double.POSITIVE_INFINITY, 1.0)
                .column("b", DataType.DOUBLE, Double.NaN, Double.POSITIVE_INFINITY, 0.0, Double.NaN, 2.0);
        assertThat(table.evaluate(new Comparison(Op.EQ, table.ref("a"), table.ref("b"))))
                .containsExactly(true, false, true, false, false);
        assertThat(table.evaluate(new Comparison(Op.GT, table.ref("a"), table.ref("b"))))
                .containsExactly(false, true, false, false, false);
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("a"), table.ref("b"))))
                .containsExactly(false, false, false, true, true);
        assertThat(table.evaluate(new Comparison(Op.GE, table.ref("a"), table.ref("b"))))
                .containsExactly(true, true, true, false, false);
        assertThat(table.evaluate(new Comparison(Op.NE, table.ref("a"), table.ref("b"))))
                .containsExactly(false, true, false, true, true);
        assertThat(table.evaluate(new Comparison(Op.LE, table.ref("a"), table.ref("b"))))
                .containsExactly(true, false, true, true, true);
    }

    @Test
    void stringsCompareAsUnsignedUtf8Bytes() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.STRING, "a", "B", "é", "", "a", null, "abc")
                .column("b", DataType.STRING, "b", "a", "z", "a", "a ", "a", "abc");
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("a"), table.ref("b"))))
                .containsExactly(true, true, false, true, true, null, false);
        assertThat(table.evaluate(new Comparison(Op.EQ, table.ref("a"), table.ref("b"))))
                .containsExactly(false, false, false, false, false, null, true);
        assertThat(table.evaluate(new Comparison(Op.GE, table.ref("a"), table.ref("b"))))
                .containsExactly(false, false, true, false, false, null, true);
    }

    @Test
    void booleansOrderFalseBeforeTrue() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.BOOLEAN, false, false, true, true)
                .column("b", DataType.BOOLEAN, false, true, false, true);
        assertThat(table.evaluate(new Comparison(Op.LT, table.ref("a"), table.ref("b")))).containsExactly(false, true, false, false);
        assertThat(table.evaluate(new Comparison(Op.LE, table.ref("a"), table.ref("b")))).containsExactly(true, true, false, true);
        assertThat(table.evaluate(new Comparison(Op.GT, table.ref("a"), table.ref("b")))).containsExactly(false, false, true, false);
        assertThat(table.evaluate(new Comparison(Op.GE, table.ref("a"), table.ref("b")))).containsExactly(true, false, true, true);
    }

    @Test
    void nullTypedOperandGivesNullsAndEmptyBatchGivesNothing() {
        ExpressionFixture table = new ExpressionFixture().column("a", DataType.INT, 1, 2);
        assertThat(table.evaluate(new Comparison(Op.EQ, table.ref("a"), Literal.nullOf(DataType.NULL)))).containsExactly(null, null);
        ExpressionFixture empty = new ExpressionFixture().column("a", DataType.STRING);
        assertThat(empty.evaluate(new Comparison(Op.EQ, empty.ref("a"), literal("x")))).isEmpty();
    }

    @Test
    void largeBatchWithNulls() {
        Object[] values = new Object[3000];
        List<Object> expected = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            values[k] = k % 10 == 0 ? null : (long) k;
            expected.add(k % 10 == 0 ? null : k >= 1500);
        }
        ExpressionFixture table = new ExpressionFixture().column("a", DataType.BIGINT, values);
        assertThat(table.evaluate(new Comparison(Op.GE, table.ref("a"), literal(1500L)))).isEqualTo(expected);
    }
}
