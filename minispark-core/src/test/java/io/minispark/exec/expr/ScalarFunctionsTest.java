package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.logical.ScalarFunction;
import io.minispark.logical.ScalarFunction.Function;
import io.minispark.types.DataType;
import io.minispark.types.Dates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarFunctionsTest {

    private static List<Object> call(ExpressionFixture table, Function function, Expression... arguments) {
        List<DataType> types = java.util.Arrays.stream(arguments).map(Expression::type).toList();
        return table.evaluate(new ScalarFunction(function, List.of(arguments), ScalarFunctions.resultType(function, types)));
    }

    private final ExpressionFixture strings = new ExpressionFixture()
            .column("s", DataType.STRING, "hello", "héllo wörld", "", null, "  a b  ", "straße", "\ta\t", "\u3000x\u00a0");

    @Test
    void resultTypes() {
        assertThat(ScalarFunctions.resultType(Function.LENGTH, List.of(DataType.STRING))).isEqualTo(DataType.BIGINT);
        assertThat(ScalarFunctions.resultType(Function.UPPER, List.of(DataType.STRING))).isEqualTo(DataType.STRING);
        assertThat(ScalarFunctions.resultType(Function.SUBSTRING, List.of(DataType.STRING, DataType.INT, DataType.BIGINT)))
                .isEqualTo(DataType.STRING);
        assertThat(ScalarFunctions.resultType(Function.ABS, List.of(DataType.BIGINT))).isEqualTo(DataType.BIGINT);
        assertThat(ScalarFunctions.resultType(Function.ROUND, List.of(DataType.DOUBLE, DataType.INT))).isEqualTo(DataType.DOUBLE);
        assertThat(ScalarFunctions.resultType(Function.ROUND, List.of(DataType.INT))).isEqualTo(DataType.INT);
        assertThat(ScalarFunctions.resultType(Function.EXTRACT_DAY, List.of(DataType.TIMESTAMP))).isEqualTo(DataType.BIGINT);
        assertThat(ScalarFunctions.resultType(Function.COALESCE, List.of(DataType.NULL, DataType.DATE, DataType.DATE)))
                .isEqualTo(DataType.DATE);
        assertThat(ScalarFunctions.resultType(Function.UPPER, List.of(DataType.NULL))).isEqualTo(DataType.STRING);
    }

    @Test
    void wrongArgumentsAreTypeMismatches() {
        for (List<DataType> wrong : List.of(List.<DataType>of(), List.of(DataType.INT), List.of(DataType.STRING, DataType.STRING))) {
            assertThatThrownBy(() -> ScalarFunctions.resultType(Function.UPPER, wrong))
                    .isInstanceOf(MinisparkException.class)
                    .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.TYPE_MISMATCH));
        }
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.SUBSTRING, List.of(DataType.STRING, DataType.DOUBLE)))
                .isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.COALESCE, List.of(DataType.INT, DataType.STRING)))
                .isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.COALESCE, List.of())).isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.ABS, List.of(DataType.STRING))).isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.EXTRACT_YEAR, List.of(DataType.INT)))
                .isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> ScalarFunctions.resultType(Function.ROUND, List.of(DataType.DOUBLE, DataType.DOUBLE)))
                .isInstanceOf(MinisparkException.class);
    }

    @Test
    void lengthCountsCodePoints() {
        assertThat(call(strings, Function.LENGTH, strings.ref("s"))).containsExactly(5L, 11L, 0L, null, 7L, 6L, 3L, 3L);
    }

    @Test
    void upperAndLowerMapEachCodePoint() {
        assertThat(call(strings, Function.UPPER, strings.ref("s")))
                .containsExactly("HELLO", "HÉLLO WÖRLD", "", null, "  A B  ", "STRAẞE", "\tA\t", "\u3000X\u00a0");
        ExpressionFixture mixed = new ExpressionFixture().column("s", DataType.STRING, "ÉA İ", "MiXeD", "ẞ");
        assertThat(call(mixed, Function.LOWER, mixed.ref("s"))).containsExactly("éa i", "mixed", "ß");
    }

    @Test
    void trimRemovesSpaceSeparatorsOnly() {
        assertThat(call(strings, Function.TRIM, strings.ref("s")))
                .containsExactly("hello", "héllo wörld", "", null, "a b", "straße", "\ta\t", "x");
    }

    @Test
    void substringFollowsDuckDbRules() {
        ExpressionFixture table = new ExpressionFixture().column("s", DataType.STRING, "hello", "héllo", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(2))).containsExactly("ello", "éllo", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(2), literal(2))).containsExactly("el", "él", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(0), literal(3))).containsExactly("he", "hé", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(-3))).containsExactly("llo", "llo", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(-1), literal(3))).containsExactly("o", "o", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(-7), literal(3))).containsExactly("h", "h", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(3), literal(-2))).containsExactly("he", "hé", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(9), literal(-6))).containsExactly("llo", "llo", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(10))).containsExactly("", "", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(1), literal(0))).containsExactly("", "", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(-10L), literal(12L))).containsExactly("hello", "héllo", null);
        assertThat(call(table, Function.SUBSTRING, table.ref("s"), literal(2), Literal.nullOf(DataType.INT)))
                .containsExactly(null, null, null);
        assertThatThrownBy(() -> call(table, Function.SUBSTRING, table.ref("s"), literal(2), literal(4_294_967_296L)))
                .isInstanceOf(MinisparkException.class);
    }

    @Test
    void absOverflowsOnlyForTheMinimum() {
        ExpressionFixture table = new ExpressionFixture()
                .column("i", DataType.INT, -5, 5, null, Integer.MAX_VALUE)
                .column("b", DataType.BIGINT, Long.MIN_VALUE, 1L, 2L, 3L)
                .column("d", DataType.DOUBLE, -0.0, -1.5, Double.NEGATIVE_INFINITY, null);
        assertThat(call(table, Function.ABS, table.ref("i"))).containsExactly(5, 5, null, Integer.MAX_VALUE);
        assertThat(call(table, Function.ABS, table.ref("d"))).containsExactly(0.0, 1.5, Double.POSITIVE_INFINITY, null);
        assertThatThrownBy(() -> call(table, Function.ABS, table.ref("b")))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
    }

    @Test
    void roundDoublesHalfAwayFromZeroThroughBinaryScaling() {
        ExpressionFixture table = new ExpressionFixture()
                .column("d", DataType.DOUBLE, 2.5, -2.5, 0.5, -0.4, 0.49999999999999994, Double.NaN, null);
        assertThat(call(table, Function.ROUND, table.ref("d"))).containsExactly(3.0, -3.0, 1.0, -0.0, 0.0, Double.NaN, null);
        assertThat(RoundExpression.roundDouble(1.005, 2)).isEqualTo(1.0);
        assertThat(RoundExpression.roundDouble(2.675, 2)).isEqualTo(2.68);
        assertThat(RoundExpression.roundDouble(1234.5678, -2)).isEqualTo(1200.0);
        assertThat(RoundExpression.roundDouble(15.0, -1)).isEqualTo(20.0);
        assertThat(RoundExpression.roundDouble(1.5, 400)).isEqualTo(1.5);
        assertThat(RoundExpression.roundDouble(-1.5, -400)).isEqualTo(0.0);
        assertThat(RoundExpression.roundDouble(1e308, 10)).isEqualTo(1e308);
    }

    @Test
    void roundIntegers() {
        ExpressionFixture table = new ExpressionFixture()
                .column("i", DataType.INT, 15, -25, 14, 1234, null)
                .column("b", DataType.BIGINT, 45L, 50L, -5L, Long.MAX_VALUE, 0L);
        assertThat(call(table, Function.ROUND, table.ref("i"), literal(-1))).containsExactly(20, -30, 10, 1230, null);
        assertThat(call(table, Function.ROUND, table.ref("i"), literal(1))).containsExactly(15, -25, 14, 1234, null);
        assertThat(call(table, Function.ROUND, table.ref("i"), literal(-10))).containsExactly(0, 0, 0, 0, null);
        assertThat(call(table, Function.ROUND, table.ref("i"))).containsExactly(15, -25, 14, 1234, null);
        assertThatThrownBy(() -> call(table, Function.ROUND, table.ref("b"), literal(-1)))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.NUMERIC_OVERFLOW));
        ExpressionFixture maximum = new ExpressionFixture().column("i", DataType.INT, Integer.MAX_VALUE);
        assertThatThrownBy(() -> call(maximum, Function.ROUND, maximum.ref("i"), literal(-1))).isInstanceOf(MinisparkException.class);
        assertThat(RoundExpression.roundLong(45, -2)).isEqualTo(0);
        assertThat(RoundExpression.roundLong(50, -2)).isEqualTo(100);
        assertThat(RoundExpression.roundLong(-50, -2)).isEqualTo(-100);
    }

    @Test
    void extractFromDatesAndTimestamps() {
        ExpressionFixture table = new ExpressionFixture()
                .column("d", DataType.DATE, Dates.parseDate("2024-03-05"), Dates.parseDate("-0044-03-15"), null)
                .column("t", DataType.TIMESTAMP, Dates.parseTimestamp("2024-03-05 10:00"), -1L, null);
        assertThat(call(table, Function.EXTRACT_YEAR, table.ref("d"))).containsExactly(2024L, -44L, null);
        assertThat(call(table, Function.EXTRACT_MONTH, table.ref("d"))).containsExactly(3L, 3L, null);
        assertThat(call(table, Function.EXTRACT_DAY, table.ref("d"))).containsExactly(5L, 15L, null);
        assertThat(call(table, Function.EXTRACT_YEAR, table.ref("t"))).containsExactly(2024L, 1969L, null);
        assertThat(call(table, Function.EXTRACT_DAY, table.ref("t"))).containsExactly(5L, 31L, null);
    }

    @Test
    void nullTypedArgumentMakesTheCallNull() {
        ExpressionFixture table = new ExpressionFixture().column("i", DataType.INT, 1, 2);
        assertThat(call(table, Function.UPPER, Literal.nullOf(DataType.NULL))).containsExactly(null, null);
        assertThat(call(table, Function.ABS, Literal.nullOf(DataType.NULL))).containsExactly(null, null);
    }

    @Test
    void largeBatchOfStrings() {
        Object[] values = new Object[2000];
        List<Object> expected = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            values[k] = k % 7 == 0 ? null : "é".repeat(k % 13);
            expected.add(k % 7 == 0 ? null : (long) (k % 13));
        }
        ExpressionFixture table = new ExpressionFixture().column("s", DataType.STRING, values);
        assertThat(call(table, Function.LENGTH, table.ref("s"))).isEqualTo(expected);
    }
}
