package io.minispark.exec.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Cast;
import io.minispark.types.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Casts to and from DECIMAL: rescaling with rounding, integer and double conversions, text both ways, overflow. */
class DecimalCastsTest {
    private static final DataType D63 = DataType.decimal(6, 3);
    private static final DataType D52 = DataType.decimal(5, 2);

    @Test
    void shrinkingTheScaleRoundsHalfAwayFromZero() {
        ExpressionFixture t = new ExpressionFixture().column("x", D63, 123456L, -5L, 4L, -123455L, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), D52))).containsExactly(12346L, -1L, 0L, -12346L, null);
    }

    @Test
    void growingTheScaleIsExactAndChecksPrecision() {
        ExpressionFixture t = new ExpressionFixture().column("x", D52, 12345L, -1L, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.decimal(7, 4)))).containsExactly(1234500L, -100L, null);
        assertOverflow(() -> t.evaluate(new Cast(t.ref("x"), DataType.decimal(6, 4))));
    }

    @Test
    void integersBecomeExactDecimals() {
        ExpressionFixture t = new ExpressionFixture()
                .column("i", DataType.INT, 7, -2147483648, null)
                .column("b", DataType.BIGINT, 7L, 999_999_999_999_999_999L, null);
        assertThat(t.evaluate(new Cast(t.ref("i"), DataType.decimal(12, 2)))).containsExactly(700L, -214748364800L, null);
        assertThat(t.evaluate(new Cast(t.ref("b"), DataType.decimal(18, 0)))).containsExactly(7L, 999_999_999_999_999_999L, null);
        assertOverflow(() -> t.evaluate(new Cast(t.ref("i"), DataType.decimal(10, 2))));
        assertOverflow(() -> t.evaluate(new Cast(t.ref("b"), DataType.decimal(18, 1))));
    }

    @Test
    void doublesRoundTheirBinaryValue() {
        // 1.005 is 1.00499999999999989... in binary, so it rounds down, as DuckDB's cast does.
        ExpressionFixture t = new ExpressionFixture().column("d", DataType.DOUBLE, 1.005, 2.5, -2.5, 0.125, 999.994, null);
        assertThat(t.evaluate(new Cast(t.ref("d"), D52))).containsExactly(100L, 250L, -250L, 13L, 99999L, null);
        assertThat(t.evaluate(new Cast(t.ref("d"), DataType.decimal(4, 0)))).containsExactly(1L, 3L, -3L, 0L, 1000L, null);
    }

    @Test
    void nonFiniteAndHugeDoublesOverflow() {
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e3, 999.995}) {
            ExpressionFixture t = new ExpressionFixture().column("d", DataType.DOUBLE, d);
            assertOverflow(() -> t.evaluate(new Cast(t.ref("d"), D52)));
        }
    }

    @Test
    void decimalsToIntegersRoundHalfAwayFromZero() {
        ExpressionFixture t = new ExpressionFixture().column("x", DataType.decimal(3, 1), 25L, -25L, 24L, -999L, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.INT))).containsExactly(3, -3, 2, -100, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.BIGINT))).containsExactly(3L, -3L, 2L, -100L, null);
    }

    @Test
    void decimalsOutOfIntRangeOverflow() {
        ExpressionFixture t = new ExpressionFixture().column("x", DataType.decimal(12, 1), 21474836475L);
        assertOverflow(() -> t.evaluate(new Cast(t.ref("x"), DataType.INT)));
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.BIGINT))).containsExactly(2147483648L);
    }

    @Test
    void decimalsToDoublesAndBooleans() {
        ExpressionFixture t = new ExpressionFixture().column("x", D52, 12345L, -1L, 0L, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.DOUBLE))).containsExactly(123.45, -0.01, 0.0, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.BOOLEAN))).containsExactly(true, true, false, null);
        ExpressionFixture b = new ExpressionFixture().column("b", DataType.BOOLEAN, true, false, null);
        assertThat(b.evaluate(new Cast(b.ref("b"), D52))).containsExactly(100L, 0L, null);
    }

    @Test
    void decimalsPrintEveryDigitOfTheirScale() {
        ExpressionFixture t = new ExpressionFixture().column("x", D52, 12340L, -5L, 0L, null);
        assertThat(t.evaluate(new Cast(t.ref("x"), DataType.STRING))).containsExactly("123.40", "-0.05", "0.00", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1.005; 101", "-1.005; -101", "1.004999; 100", "'  12 '; 1200", "+0.5; 50", ".5; 50", "7.; 700", "1_000.5; 100050",
        "1.2e1; 1200", "-125e-2; -125", "999.994; 99999", "0.000000000000000000000000001; 0",
    })
    void textParsesExactly(String text, long unscaled) {
        ExpressionFixture t = new ExpressionFixture().column("s", DataType.STRING, text);
        assertThat(t.evaluate(new Cast(t.ref("s"), DataType.decimal(7, 2)))).containsExactly(unscaled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"abc", "1.2.3", "''", "1e", "0x10", "nan", "inf", "100000", "99999.995", "1e999999999"})
    void badOrOutOfRangeTextIsAConversionError(String text) {
        ExpressionFixture t = new ExpressionFixture().column("s", DataType.STRING, text);
        assertThatThrownBy(() -> t.evaluate(new Cast(t.ref("s"), DataType.decimal(7, 2))))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void textRoundTripsThroughEighteenDigits() {
        ExpressionFixture fraction = new ExpressionFixture().column("s", DataType.STRING, "-0.999999999999999999");
        assertThat(fraction.evaluate(new Cast(new Cast(fraction.ref("s"), DataType.decimal(18, 18)), DataType.STRING)))
                .containsExactly("-0.999999999999999999");
        ExpressionFixture integer = new ExpressionFixture().column("s", DataType.STRING, "123456789012345678");
        assertThat(integer.evaluate(new Cast(new Cast(integer.ref("s"), DataType.decimal(18, 0)), DataType.STRING)))
                .containsExactly("123456789012345678");
    }

    @Test
    void datesCannotBecomeDecimals() {
        ExpressionFixture t = new ExpressionFixture().column("d", DataType.DATE, 1);
        assertThatThrownBy(() -> t.evaluate(new Cast(t.ref("d"), D52)))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TYPE_MISMATCH));
    }

    private static void assertOverflow(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MinisparkException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }
}
