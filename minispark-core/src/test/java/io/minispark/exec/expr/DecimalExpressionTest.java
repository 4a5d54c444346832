package io.minispark.exec.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.InList;
import io.minispark.logical.Literal;
import io.minispark.logical.Negate;
import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The DECIMAL kernels over unscaled values: +, -, *, % with operands of different scales, overflow of
 * the result precision and of a long, NULLs, negation, ABS and ROUND.
 */
class DecimalExpressionTest {
    private static final DataType D52 = DataType.decimal(5, 2);
    private static final DataType D41 = DataType.decimal(4, 1);
    private static final DataType D18 = DataType.decimal(18, 0);
    private static final long MAX18 = 999_999_999_999_999_999L;

    // a: 123.45, -0.01, NULL, 999.99, 0.00; b: 1.5, 2.0, 3.0, -0.1, NULL
    private final ExpressionFixture table = new ExpressionFixture()
            .column("a", D52, 12345L, -1L, null, 99999L, 0L)
            .column("b", D41, 15L, 20L, 30L, -1L, null)
            .column("big", D18, MAX18, -MAX18, 1L, 0L, null);

    private static Arithmetic arithmetic(Arithmetic.Op op, Expression left, Expression right, DataType type) {
        return new Arithmetic(op, left, right, type);
    }

    @Test
    void addAlignsScales() {
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("a"), table.ref("b"), DataType.decimal(6, 2))))
                .containsExactly(12495L, 199L, null, 99989L, null);
    }

    @Test
    void subtractAlignsScales() {
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.SUBTRACT, table.ref("b"), table.ref("a"), DataType.decimal(6, 2))))
                .containsExactly(-12195L, 201L, null, -100009L, null);
    }

    @Test
    void multiplyAddsScales() {
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.MULTIPLY, table.ref("a"), table.ref("b"), DataType.decimal(9, 3))))
                .containsExactly(185175L, -20L, null, -99999L, null);
    }

    @Test
    void moduloWorksAtTheCommonScaleAndIsNullForZero() {
        // 123.45 % 1.5 = 0.45; -0.01 % 2.0 = -0.01; 999.99 % -0.1 = 0.09; 0.00 % NULL = NULL.
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.MODULO, table.ref("a"), table.ref("b"), DataType.decimal(5, 2))))
                .containsExactly(45L, -1L, null, 9L, null);
        Literal zero = new Literal(0L, D41);
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.MODULO, table.ref("a"), zero, DataType.decimal(5, 2))))
                .containsExactly(null, null, null, null, null);
    }

    @Test
    void aResultBeyondItsPrecisionIsAnOverflow() {
        Literal one = new Literal(100L, D52);
        // 999.99 + 1.00 = 1000.99 needs 6 digits; typed DECIMAL(5,2) it must fail, not wrap or truncate.
        assertOverflow(() -> table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("a"), one, D52)));
        assertThat(table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("a"), one, DataType.decimal(6, 2))))
                .containsExactly(12445L, 99L, null, 100099L, 100L);
    }

    @Test
    void eighteenDigitsOverflowAtTheCap() {
        Literal one = new Literal(1L, D18);
        assertOverflow(() -> table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("big"), one, D18)));
        assertOverflow(() -> table.evaluate(arithmetic(Arithmetic.Op.SUBTRACT, table.ref("big"), new Literal(-1L, D18), D18)));
        // MAX18 * MAX18 overflows the long itself.
        assertOverflow(() -> table.evaluate(arithmetic(Arithmetic.Op.MULTIPLY, table.ref("big"), table.ref("big"), D18)));
    }

    @Test
    void rescalingAnOperandCanOverflowTheLong() {
        // big has 18 integer digits; at scale 2 it needs 20 digits.
        Literal cent = new Literal(1L, DataType.decimal(3, 2));
        assertOverflow(() -> table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("big"), cent, DataType.decimal(18, 2))));
    }

    @Test
    void nullRowsDoNotOverflow() {
        // The NULL row of `a` (junk Long.MIN_VALUE underneath) must not be rescaled or added.
        ExpressionFixture t = new ExpressionFixture().column("x", D52, null, 1L);
        assertThat(t.evaluate(arithmetic(Arithmetic.Op.ADD, t.ref("x"), new Literal(1L, DataType.decimal(3, 0)), DataType.decimal(6, 2))))
                .containsExactly(null, 101L);
    }

    @Test
    void kernelRejectsUntypedOperands() {
        assertThatThrownBy(() -> table.evaluate(arithmetic(Arithmetic.Op.ADD, table.ref("a"), table.ref("b"), DataType.decimal(6, 1))))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
        assertThatThrownBy(() -> table.evaluate(arithmetic(Arithmetic.Op.MULTIPLY, table.ref("a"), table.ref("b"), DataType.decimal(9, 2))))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
    }

    @Test
    void negatesAndTakesAbsoluteValues() {
        assertThat(table.evaluate(new Negate(table.ref("a")))).containsExactly(-12345L, 1L, null, -99999L, 0L);
        assertThat(table.evaluate(new ScalarFunction(ScalarFunction.Function.ABS, List.of(table.ref("a")), D52)))
                .containsExactly(12345L, 1L, null, 99999L, 0L);
        assertThat(table.evaluate(new ScalarFunction(ScalarFunction.Function.ABS, List.of(table.ref("big")), D18)))
                .containsExactly(MAX18, MAX18, 1L, 0L, null);
    }

    @Test
    void roundsHalfAwayFromZeroToFewerDigits() {
        ExpressionFixture t = new ExpressionFixture().column("x", D52, 12345L, -12345L, 12344L, -5L, 99999L, null);
        assertThat(t.evaluate(round(t.ref("x"), 1, DataType.decimal(5, 1)))).containsExactly(1235L, -1235L, 1234L, -1L, 10000L, null);
        assertThat(t.evaluate(round(t.ref("x"), null, DataType.decimal(5, 0)))).containsExactly(123L, -123L, 123L, 0L, 1000L, null);
        assertThat(t.evaluate(round(t.ref("x"), 5, D52))).containsExactly(12345L, -12345L, 12344L, -5L, 99999L, null);
        // Negative digits: to a multiple of 10 at scale 0.
        assertThat(t.evaluate(round(t.ref("x"), -1, DataType.decimal(5, 0)))).containsExactly(120L, -120L, 120L, 0L, 1000L, null);
        assertThat(t.evaluate(round(t.ref("x"), -3, DataType.decimal(5, 0)))).containsExactly(0L, 0L, 0L, 0L, 1000L, null);
        assertThat(t.evaluate(round(t.ref("x"), -30, DataType.decimal(5, 0)))).containsExactly(0L, 0L, 0L, 0L, 0L, null);
    }

    @Test
    void roundingUpBeyondThePrecisionIsAnOverflow() {
        ExpressionFixture t = new ExpressionFixture().column("x", DataType.decimal(3, 0), 999L);
        assertOverflow(() -> t.evaluate(round(t.ref("x"), -1, DataType.decimal(3, 0))));
    }

    @Test
    void roundTypeFollowsDuckDb() {
        assertThat(ScalarFunctions.roundDecimalType(DataType.decimal(10, 4), 2L)).isEqualTo(DataType.decimal(10, 2));
        assertThat(ScalarFunctions.roundDecimalType(DataType.decimal(10, 4), 7L)).isEqualTo(DataType.decimal(10, 4));
        assertThat(ScalarFunctions.roundDecimalType(DataType.decimal(10, 4), -2L)).isEqualTo(DataType.decimal(10, 0));
        assertThat(ScalarFunctions.roundDecimalType(DataType.decimal(10, 4), null)).isEqualTo(DataType.decimal(10, 0));
        assertThat(ScalarFunctions.resultType(ScalarFunction.Function.ROUND, List.of(DataType.decimal(10, 4))))
                .isEqualTo(DataType.decimal(10, 0));
        assertThat(ScalarFunctions.resultType(ScalarFunction.Function.ABS, List.of(D52))).isEqualTo(D52);
    }

    @Test
    void comparesUnscaledValuesOfOneScale() {
        Literal limit = new Literal(0L, D52);
        assertThat(table.evaluate(new Comparison(Comparison.Op.GT, table.ref("a"), limit)))
                .containsExactly(true, false, null, true, false);
        assertThat(table.evaluate(new InList(table.ref("a"), List.of(new Literal(-1L, D52), new Literal(0L, D52)), false)))
                .containsExactly(false, true, null, false, true);
    }

    @Test
    void comparingDifferentScalesIsAPlannerBug() {
        assertThatThrownBy(() -> table.evaluate(new Comparison(Comparison.Op.EQ, table.ref("a"), table.ref("b"))))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
        assertThatThrownBy(() -> table.evaluate(new InList(table.ref("a"), List.of(new Literal(1L, D41)), false)))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
    }

    private static ScalarFunction round(Expression value, Integer digits, DataType type) {
        List<Expression> args = digits == null ? List.of(value) : List.of(value, new Literal(digits, DataType.INT));
        return new ScalarFunction(ScalarFunction.Function.ROUND, args, type);
    }

    private static void assertOverflow(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MinisparkException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }
}
