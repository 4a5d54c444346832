package io.minispark.exec.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Cast;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CastExpressionTest {

    private static List<Object> cast(DataType from, DataType to, Object... values) {
        ExpressionFixture table = new ExpressionFixture().column("v", from, values);
        return table.evaluate(new Cast(table.ref("v"), to));
    }

    private static void assertFails(ErrorCode code, DataType from, DataType to, Object... values) {
        assertThatThrownBy(() -> cast(from, to, values))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(code));
    }

    @Test
    void wideningIntegerCasts() {
        assertThat(cast(DataType.INT, DataType.BIGINT, Integer.MIN_VALUE, null, 7)).containsExactly((long) Integer.MIN_VALUE, null, 7L);
        assertThat(cast(DataType.INT, DataType.DOUBLE, -3, null)).containsExactly(-3.0, null);
        assertThat(cast(DataType.BIGINT, DataType.DOUBLE, Long.MAX_VALUE)).containsExactly(9.223372036854775807E18);
    }

    @Test
    void narrowingOverflowRaises() {
        assertThat(cast(DataType.BIGINT, DataType.INT, 2_147_483_647L, -2_147_483_648L, null))
                .containsExactly(Integer.MAX_VALUE, Integer.MIN_VALUE, null);
        assertFails(ErrorCode.NUMERIC_OVERFLOW, DataType.BIGINT, DataType.INT, 1L, 3_000_000_000L);
    }

    @Test
    void doubleToIntegerRoundsHalfToEven() {
        assertThat(cast(DataType.DOUBLE, DataType.INT, 2.5, 3.5, -2.5, 0.5, -0.5, 2.4999, 2147483647.4, null))
                .containsExactly(2, 4, -2, 0, 0, 2, Integer.MAX_VALUE, null);
        assertThat(cast(DataType.DOUBLE, DataType.BIGINT, -9.223372036854775808E18, 1e18))
                .containsExactly(Long.MIN_VALUE, 1_000_000_000_000_000_000L);
        assertFails(ErrorCode.NUMERIC_OVERFLOW, DataType.DOUBLE, DataType.INT, 2147483647.5);
        assertFails(ErrorCode.NUMERIC_OVERFLOW, DataType.DOUBLE, DataType.INT, Double.NaN);
        assertFails(ErrorCode.NUMERIC_OVERFLOW, DataType.DOUBLE, DataType.BIGINT, 9.223372036854775807E18);
        assertFails(ErrorCode.NUMERIC_OVERFLOW, DataType.DOUBLE, DataType.BIGINT, Double.NEGATIVE_INFINITY);
    }

    @Test
    void booleansAndNumbers() {
        assertThat(cast(DataType.INT, DataType.BOOLEAN, 5, 0, -1, null)).containsExactly(true, false, true, null);
        assertThat(cast(DataType.DOUBLE, DataType.BOOLEAN, 0.5, -0.0, Double.NaN)).containsExactly(true, false, true);
        assertThat(cast(DataType.BOOLEAN, DataType.INT, true, false, null)).containsExactly(1, 0, null);
        assertThat(cast(DataType.BOOLEAN, DataType.DOUBLE, true)).containsExactly(1.0);
        assertThat(cast(DataType.BOOLEAN, DataType.BIGINT, false)).containsExactly(0L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12", "' 12 '|12", "+5|5", "-0|0", "1e3|1000", "1.5|2", "2.5|3", "-2.5|-3", "0.5|1", "-0.5|-1",
        "1.49999|1", ".5|1", "1.|1", "1e-1|0", "1E+2|100", "0xFF|255", "0X1f|31", "0b101|5", "1_000|1000",
        "00012|12", "2147483647|2147483647", "-2147483648|-2147483648", "1_000.5|1001",
    })
    void stringToIntParsesLikeDuckDb(String text, int expected) {
        assertThat(cast(DataType.STRING, DataType.INT, text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc", "''", "' '", "1__0", "_1", "1_", "0x", "-0x10", "- 5", "1e", "1.5.5", "+", "-", "12abc",
        "2147483648", "-2147483649", "1e10", "1,000", "0o17", "1e99999999999",
    })
    void invalidIntegersAreRejected(String text) {
        assertThatThrownBy(() -> cast(DataType.STRING, DataType.INT, text))
                .isInstanceOf(MinisparkException.class)
                .hasMessage("could not convert string '" + text + "' to INT")
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void stringToBigintAndDouble() {
        assertThat(cast(DataType.STRING, DataType.BIGINT, "9223372036854775807", "-9223372036854775808", null))
                .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE, null);
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.BIGINT, "9223372036854775808");
        assertThat(cast(DataType.STRING, DataType.DOUBLE, " 1.5e1 ", "NaN", "-inf", "Infinity", ".5", "5.", "1e400", "1_0", "+INF"))
                .containsExactly(15.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.5, 5.0,
                        Double.POSITIVE_INFINITY, 10.0, Double.POSITIVE_INFINITY);
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.DOUBLE, "0x10");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.DOUBLE, "1d");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.DOUBLE, "in");
    }

    @Test
    void stringToBoolean() {
        assertThat(cast(DataType.STRING, DataType.BOOLEAN, "true", "T", "yes", "y", "1", "FALSE", "f", "no", "n", "0", null))
                .containsExactly(true, true, true, true, true, false, false, false, false, false, null);
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.BOOLEAN, " true");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.BOOLEAN, "on");
    }

    @Test
    void stringToDateAndTimestamp() {
        int day = Dates.parseDate("2024-01-05");
        assertThat(cast(DataType.STRING, DataType.DATE, "2024-01-05", " 2024-1-5 ", "2024-01-05 10:00:00", null))
                .containsExactly(day, day, day, null);
        long midnight = day * 86_400_000_000L;
        assertThat(cast(DataType.STRING, DataType.TIMESTAMP, "2024-01-05", "2024-01-05 10:11",
                "2024-01-05T10:11:12.5", "2024-01-05 10:11:12.1234567"))
                .containsExactly(midnight, midnight + 36_660_000_000L, midnight + 36_672_500_000L,
                        midnight + 36_672_123_456L);
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.DATE, "2024-02-30");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.DATE, "20240105");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.TIMESTAMP, "2024-01-05 25:00");
        assertFails(ErrorCode.INVALID_ARGUMENT, DataType.STRING, DataType.TIMESTAMP, "x");
    }

    @Test
    void datesAndTimestampsConvertIntoEachOther() {
        assertThat(cast(DataType.DATE, DataType.TIMESTAMP, 1, -1, null)).containsExactly(86_400_000_000L, -86_400_000_000L, null);
        assertThat(cast(DataType.TIMESTAMP, DataType.DATE, 86_400_000_000L + 5, -500_000L, null)).containsExactly(1, -1, null);
    }

    @Test
    void everythingToString() {
        assertThat(cast(DataType.BOOLEAN, DataType.STRING, true, false, null)).containsExactly("true", "false", null);
        assertThat(cast(DataType.INT, DataType.STRING, -5, Integer.MIN_VALUE)).containsExactly("-5", "-2147483648");
        assertThat(cast(DataType.BIGINT, DataType.STRING, Long.MAX_VALUE)).containsExactly("9223372036854775807");
        assertThat(cast(DataType.DATE, DataType.STRING, Dates.parseDate("2024-01-05"), Dates.parseDate("0001-01-01"),
                Dates.parseDate("-0044-03-15"))).containsExactly("2024-01-05", "0001-01-01", "0045-03-15 (BC)");
        assertThat(cast(DataType.TIMESTAMP, DataType.STRING, Dates.parseTimestamp("2024-01-05 10:11:12.5"),
                Dates.parseTimestamp("2024-01-05 00:00:00"))).containsExactly("2024-01-05 10:11:12.5", "2024-01-05 00:00:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e22|1e+22", "1e16|1e+16", "1e15|1000000000000000.0", "123456789012345678|1.2345678901234568e+17",
        "0.1|0.1", "1e-5|1e-05", "0.0001|0.0001", "100|100.0", "-0.0|-0.0", "0|0.0", "NaN|nan",
        "Infinity|inf", "-Infinity|-inf", "4.9e-324|5e-324", "1234567.125|1234567.125", "-1.5|-1.5",
        "1.7976931348623157e308|1.7976931348623157e+308", "1e-7|1e-07", "1e100|1e+100",
    })
    void doublesPrintLikeDuckDb(double value, String expected) {
        assertThat(cast(DataType.DOUBLE, DataType.STRING, value)).containsExactly(expected);
    }

    @Test
    void nullTypedInputBecomesNullsOfTheTarget() {
        ExpressionFixture table = new ExpressionFixture().column("i", DataType.INT, 1, 2);
        assertThat(table.evaluate(new Cast(Literal.nullOf(DataType.NULL), DataType.DATE))).containsExactly(null, null);
        assertThat(table.evaluate(new Cast(Literal.nullOf(DataType.NULL), DataType.STRING))).containsExactly(null, null);
    }

    @Test
    void castsBetweenTemporalAndNumericTypesDoNotExist() {
        assertThat(CastRules.canCast(DataType.DATE, DataType.INT)).isFalse();
        assertThat(CastRules.canCast(DataType.BIGINT, DataType.TIMESTAMP)).isFalse();
        assertThat(CastRules.canCast(DataType.BOOLEAN, DataType.DATE)).isFalse();
        assertThat(CastRules.canCast(DataType.STRING, DataType.DATE)).isTrue();
        assertThat(CastRules.canCast(DataType.DOUBLE, DataType.BOOLEAN)).isTrue();
        assertFails(ErrorCode.TYPE_MISMATCH, DataType.DATE, DataType.INT, 1);
    }

    @Test
    void emptyBatches() {
        assertThat(cast(DataType.STRING, DataType.INT)).isEmpty();
        assertThat(cast(DataType.DOUBLE, DataType.STRING)).isEmpty();
    }
}
