package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.Arithmetic.Op;
import io.minispark.logical.Expression;
import io.minispark.logical.Negate;
import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticExpressionTest {

    private static Arithmetic arithmetic(Op op, Expression left, Expression right) {
        return new Arithmetic(op, left, right, op == Op.DIVIDE ? DataType.DOUBLE : left.type());
    }

    @Test
    void intKernelsWithoutNulls() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 7, -7, 0, 100)
                .column("b", DataType.INT, 3, 3, 5, -30);
        assertThat(table.evaluate(arithmetic(Op.ADD, table.ref("a"), table.ref("b")))).containsExactly(10, -4, 5, 70);
        assertThat(table.evaluate(arithmetic(Op.SUBTRACT, table.ref("a"), table.ref("b")))).containsExactly(4, -10, -5, 130);
        assertThat(table.evaluate(arithmetic(Op.MULTIPLY, table.ref("a"), table.ref("b")))).containsExactly(21, -21, 0, -3000);
        // The sign of the remainder follows the dividend.
        assertThat(table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("b")))).containsExactly(1, -1, 0, 10);
    }

    @Test
    void intKernelsPropagateNullsAndIgnoreValuesUnderThem() {
        // The fixture stores MIN_VALUE under NULL rows: MIN_VALUE * 2 would overflow if it were computed.
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 1, null, 3)
                .column("b", DataType.INT, null, 2, 2);
        assertThat(table.evaluate(arithmetic(Op.MULTIPLY, table.ref("a"), literal(2)))).containsExactly(2, null, 6);
        assertThat(table.evaluate(arithmetic(Op.ADD, table.ref("a"), table.ref("b")))).containsExactly(null, null, 5);
        assertThat(table.evaluate(new Negate(table.ref("a")))).containsExactly(-1, null, -3);
    }

    @Test
    void bigintKernels() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.BIGINT, 10_000_000_000L, -9L, null)
                .column("b", DataType.BIGINT, 3L, 4L, 1L);
        assertThat(table.evaluate(arithmetic(Op.MULTIPLY, table.ref("a"), table.ref("b"))))
                .containsExactly(30_000_000_000L, -36L, null);
        assertThat(table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("b")))).containsExactly(1L, -1L, null);
        assertThat(table.evaluate(arithmetic(Op.SUBTRACT, table.ref("a"), table.ref("b"))))
                .containsExactly(9_999_999_997L, -13L, null);
    }

    @Test
    void doubleKernelsFollowIeee() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.DOUBLE, 1.0, -1.0, 0.0, 7.5, -7.5, null)
                .column("b", DataType.DOUBLE, 0.0, 0.0, 0.0, -2.0, 2.0, 1.0);
        assertThat(table.evaluate(arithmetic(Op.DIVIDE, table.ref("a"), table.ref("b"))))
                .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -3.75, -3.75, null);
        assertThat(table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("b"))))
                .containsExactly(Double.NaN, Double.NaN, Double.NaN, 1.5, -1.5, null);
        assertThat(table.evaluate(arithmetic(Op.MULTIPLY, literal(1e308), literal(10.0))))
                .containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(table.evaluate(new Negate(table.ref("b")))).element(0).isEqualTo(-0.0);
    }

    @Test
    void integerModuloByZeroIsAnErrorUnlessTheRowIsNull() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 5, 5, null)
                .column("b", DataType.INT, 1, 2, 0)
                .column("c", DataType.BIGINT, 5L, 6L, 7L)
                .column("d", DataType.INT, 0, 2, 3);
        // A NULL dividend makes the row NULL before its zero divisor is looked at, as in DuckDB.
        assertThat(table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("b")))).containsExactly(0, 1, null);
        assertThatThrownBy(() -> table.evaluate(arithmetic(Op.MODULO, table.ref("c"), literal(0L))))
                .isInstanceOfSatisfying(io.minispark.errors.MinisparkException.class,
                        e -> assertThat(e.code()).isEqualTo(io.minispark.errors.ErrorCode.DIVISION_BY_ZERO));
        assertThatThrownBy(() -> table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("d"))))
                .hasMessageContaining("division by zero");
    }

    @Test
    void inputVectorsAreNotModified() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 5, null, 7)
                .column("b", DataType.INT, 3, 1, 2);
        io.minispark.vector.Batch batch = table.batch();
        boolean[] maskBefore = batch.column(0).nulls().clone();
        int[] valuesBefore = ((io.minispark.vector.IntVector) batch.column(1)).values().clone();
        assertThat(table.evaluate(arithmetic(Op.MODULO, table.ref("a"), table.ref("b")), batch)).containsExactly(2, null, 1);
        assertThat(batch.column(0).nulls()).isEqualTo(maskBefore);
        assertThat(batch.column(1).mayHaveNulls()).isFalse();
        assertThat(((io.minispark.vector.IntVector) batch.column(1)).values()).isEqualTo(valuesBefore);
    }

    @Test
    void integerOverflowRaises() {
        ExpressionFixture table = new ExpressionFixture()
                .column("a", DataType.INT, 1, Integer.MAX_VALUE)
                .column("b", DataType.BIGINT, 1L, Long.MIN_VALUE);
        assertOverflow(table, arithmetic(Op.ADD, table.ref("a"), literal(1)));
        assertOverflow(table, arithmetic(Op.MULTIPLY, table.ref("a"), literal(2)));
        assertOverflow(table, arithmetic(Op.SUBTRACT, table.ref("b"), literal(1L)));
        assertOverflow(table, arithmetic(Op.MODULO, table.ref("b"), literal(-1L)));
        assertOverflow(table, new Negate(table.ref("b")));
    }

    @Test
    void minimumModuloMinusOneOverflowsLikeDuckDb() {
        ExpressionFixture table = new ExpressionFixture().column("a", DataType.INT, 4, Integer.MIN_VALUE);
        assertThatThrownBy(() -> table.evaluate(arithmetic(Op.MODULO, table.ref("a"), literal(-1))))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }

    @Test
    void emptySingleAndLargeBatches() {
        ExpressionFixture empty = new ExpressionFixture().column("a", DataType.INT);
        assertThat(empty.evaluate(arithmetic(Op.ADD, empty.ref("a"), literal(1)))).isEmpty();
        ExpressionFixture single = new ExpressionFixture().column("a", DataType.INT, 41);
        assertThat(single.evaluate(arithmetic(Op.ADD, single.ref("a"), literal(1)))).containsExactly(42);
        ExpressionFixture large = new ExpressionFixture().column("a", DataType.INT, ExpressionFixture.range(5000));
        List<Object> expected = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            expected.add(k * 3 % 7);
        }
        Expression times3mod7 = arithmetic(Op.MODULO, arithmetic(Op.MULTIPLY, large.ref("a"), literal(3)), literal(7));
        assertThat(large.evaluate(times3mod7)).isEqualTo(expected);
    }

    @Test
    void mistypedOperandsAreAnInternalError() {
        ExpressionFixture table = new ExpressionFixture().column("a", DataType.INT, 1);
        assertThatThrownBy(() -> table.evaluate(new Arithmetic(Op.ADD, table.ref("a"), literal(1L), DataType.BIGINT)))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.INTERNAL));
        assertThatThrownBy(() -> table.evaluate(new Arithmetic(Op.DIVIDE, table.ref("a"), literal(1), DataType.INT)))
                .isInstanceOf(MinisparkException.class);
    }

    private static void assertOverflow(ExpressionFixture table, Expression expression) {
        assertThatThrownBy(() -> table.evaluate(expression))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }
}
