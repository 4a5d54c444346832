package io.minispark.analysis;

import static io.minispark.analysis.AnalysisAssertions.assertError;
import static io.minispark.analysis.AnalysisAssertions.selected;
import static io.minispark.analysis.AnalysisAssertions.where;
import static io.minispark.api.functions.abs;
import static io.minispark.api.functions.avg;
import static io.minispark.api.functions.coalesce;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.lit;
import static io.minispark.api.functions.max;
import static io.minispark.api.functions.round;
import static io.minispark.api.functions.sum;
import static io.minispark.api.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Column;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.SourcePosition;
import io.minispark.logical.Aggregate;
import io.minispark.logical.Expression;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Scan;
import io.minispark.logical.TestPlans;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the binder types DECIMAL operands: common types, arithmetic result types, functions and aggregates. */
class DecimalCoercionTest {
    private static final Schema SCHEMA = Schema.of(
            new Field("price", DataType.decimal(15, 2)),
            new Field("rate", DataType.decimal(4, 3)),
            new Field("big", DataType.decimal(18, 0)),
            new Field("fine", DataType.decimal(18, 10)),
            new Field("qty", DataType.INT),
            new Field("id", DataType.BIGINT),
            new Field("d", DataType.DOUBLE),
            new Field("s", DataType.STRING),
            new Field("day", DataType.DATE));
    private final Scan t = TestPlans.scan(TestPlans.table("t", SCHEMA));

    private DataType typeOf(Column column) {
        return selected(t, column).type();
    }

    @Test
    void commonTypeOfTwoDecimalsKeepsBothIntegerDigitsAndTheLargerScale() {
        assertThat(TypeCoercion.commonType(DataType.decimal(15, 2), DataType.decimal(4, 3))).isEqualTo(DataType.decimal(16, 3));
        assertThat(TypeCoercion.commonType(DataType.decimal(18, 0), DataType.decimal(18, 10))).isEqualTo(DataType.decimal(18, 10));
        assertThat(TypeCoercion.commonType(DataType.decimal(4, 1), DataType.decimal(10, 3))).isEqualTo(DataType.decimal(10, 3));
    }

    @Test
    void integersMeetDecimalsAsDecimals() {
        assertThat(TypeCoercion.commonType(DataType.INT, DataType.decimal(4, 1))).isEqualTo(DataType.decimal(11, 1));
        assertThat(TypeCoercion.commonType(DataType.decimal(4, 1), DataType.BIGINT)).isEqualTo(DataType.decimal(18, 1));
        assertThat(TypeCoercion.commonType(DataType.DOUBLE, DataType.decimal(4, 1))).isEqualTo(DataType.DOUBLE);
        assertThat(TypeCoercion.commonType(DataType.NULL, DataType.decimal(4, 1))).isEqualTo(DataType.decimal(4, 1));
        assertThat(TypeCoercion.commonType(DataType.STRING, DataType.decimal(4, 1))).isNull();
        assertThat(TypeCoercion.commonType(DataType.DATE, DataType.decimal(4, 1))).isNull();
    }

    @Test
    void additionGainsAnIntegerDigitCappedAtEighteen() {
        assertThat(typeOf(col("price").plus(col("rate")))).isEqualTo(DataType.decimal(17, 3));
        assertThat(typeOf(col("price").minus(col("price")))).isEqualTo(DataType.decimal(16, 2));
        assertThat(typeOf(col("big").plus(col("big")))).isEqualTo(DataType.decimal(18, 0));
        assertThat(typeOf(col("rate").plus(col("qty")))).isEqualTo(DataType.decimal(14, 3));
        assertThat(typeOf(col("rate").plus(col("id")))).isEqualTo(DataType.decimal(18, 3));
    }

    @Test
    void decimalOperandsKeepTheirOwnTypesAndIntegersAreCast() {
        Expression e = selected(t, col("price").plus(col("qty")));
        assertThat(e.toString()).isEqualTo("(t.price + CAST(t.qty AS DECIMAL(10,0)))");
        assertThat(selected(t, col("price").plus(1)).toString()).isEqualTo("(t.price + 1)");
        assertThat(((io.minispark.logical.Arithmetic) selected(t, col("price").plus(1))).right().type())
                .isEqualTo(DataType.decimal(10, 0));
    }

    @Test
    void multiplicationAddsScalesOrFallsBackToDouble() {
        assertThat(typeOf(col("price").multiply(col("rate")))).isEqualTo(DataType.decimal(18, 5));
        assertThat(typeOf(col("rate").multiply(col("rate")))).isEqualTo(DataType.decimal(8, 6));
        assertThat(typeOf(col("price").multiply(col("qty")))).isEqualTo(DataType.decimal(18, 2));
        assertThat(typeOf(col("fine").multiply(col("fine")))).isEqualTo(DataType.DOUBLE);
    }

    @Test
    void divisionIsDoubleAndModuloTheCommonType() {
        assertThat(typeOf(col("price").divide(col("rate")))).isEqualTo(DataType.DOUBLE);
        assertThat(typeOf(col("price").divide(2))).isEqualTo(DataType.DOUBLE);
        assertThat(typeOf(col("price").mod(col("rate")))).isEqualTo(DataType.decimal(16, 3));
        assertThat(typeOf(col("rate").mod(2))).isEqualTo(DataType.decimal(13, 3));
    }

    @Test
    void aDoubleOperandMakesEverythingDouble() {
        assertThat(selected(t, col("price").plus(col("d"))).toString()).isEqualTo("(CAST(t.price AS DOUBLE) + t.d)");
        assertThat(selected(t, col("price").plus(1.5)).toString()).isEqualTo("(CAST(t.price AS DOUBLE) + 1.5)");
    }

    @Test
    void comparisonsMeetAtTheCommonType() {
        assertThat(where(t, col("price").gt(col("rate"))).toString())
                .isEqualTo("(CAST(t.price AS DECIMAL(16,3)) > CAST(t.rate AS DECIMAL(16,3)))");
        // A literal is converted in place, exactly, so block statistics can still prune on the column.
        Expression literal = where(t, col("price").lt(100));
        assertThat(literal.toString()).isEqualTo("(t.price < 100.00)");
        assertThat(where(t, col("price").geq("19.99")).toString()).isEqualTo("(t.price >= 19.99)");
        assertThat(where(t, col("price").equalTo(lit(new BigDecimal("0.5")))).toString()).isEqualTo("(t.price = 0.50)");
    }

    @Test
    void literalsThatDoNotFitOrParseAreErrors() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(t, col("price").gt("cheap")));
        // BIGINT meets DECIMAL(18,10) at DECIMAL(18,10) (capped), where a 12-digit literal does not fit.
        assertError(ErrorCode.NUMERIC_OVERFLOW, () -> where(t, col("fine").lt(lit(123_456_789_012L))))
                .hasMessageContaining("DECIMAL(18,10)");
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(t, col("price").gt(col("day"))));
    }

    @Test
    void inCaseCoalesceAndBetweenFollow() {
        assertThat(typeOf(coalesce(col("rate"), col("qty")))).isEqualTo(DataType.decimal(13, 3));
        assertThat(typeOf(when(col("qty").gt(0), col("price")).otherwise(col("rate")))).isEqualTo(DataType.decimal(16, 3));
        assertThat(where(t, col("rate").isin(1, lit(new BigDecimal("0.25")))).toString())
                .isEqualTo("(CAST(t.rate AS DECIMAL(13,3)) IN (1.000, 0.250))");
        assertThat(where(t, col("price").between(1, 2)).toString()).isEqualTo("((t.price >= 1.00) AND (t.price <= 2.00))");
    }

    @Test
    void negationAbsAndRoundKeepDecimals() {
        assertThat(typeOf(col("price").negate())).isEqualTo(DataType.decimal(15, 2));
        assertThat(selected(t, lit(new BigDecimal("1.50")).negate()).toString()).isEqualTo("-1.50");
        assertThat(typeOf(abs(col("rate")))).isEqualTo(DataType.decimal(4, 3));
        assertThat(typeOf(round(col("rate"), 1))).isEqualTo(DataType.decimal(4, 1));
        assertThat(typeOf(round(col("rate"), -1))).isEqualTo(DataType.decimal(4, 0));
        assertThat(typeOf(round(col("rate"), 9))).isEqualTo(DataType.decimal(4, 3));
        assertError(ErrorCode.TYPE_MISMATCH, () -> selected(t, new Column(new UnresolvedExpression.Function("round",
                List.of(col("rate").expression(), col("qty").expression()), false, SourcePosition.UNKNOWN))));
    }

    @Test
    void literalBigDecimalsAreTypedByTheirDigits() {
        assertThat(typeOf(lit(new BigDecimal("1234.50")))).isEqualTo(DataType.decimal(6, 2));
        assertThat(typeOf(lit(new BigDecimal("0.05")))).isEqualTo(DataType.decimal(3, 2));
        assertThat(typeOf(lit(new BigDecimal("1E+3")))).isEqualTo(DataType.decimal(4, 0));
        assertError(ErrorCode.INVALID_ARGUMENT, () -> lit(new BigDecimal("12345678901234567890")));
    }

    @Test
    void aggregatesOfDecimals() {
        LogicalPlan plan = Analyzer.groupBy(t, List.of(), AnalysisAssertions.exprs(
                sum(col("price")), avg(col("price")), max(col("rate")), sum(col("rate").multiply(col("qty")))));
        Aggregate aggregate = findAggregate(plan);
        List<DataType> types = aggregate.aggregates().stream().map(a -> a.expression().type()).toList();
        assertThat(types).containsExactly(DataType.decimal(18, 2), DataType.DOUBLE, DataType.decimal(4, 3), DataType.decimal(18, 3));
    }

    private static Aggregate findAggregate(LogicalPlan plan) {
        if (plan instanceof Aggregate aggregate) {
            return aggregate;
        }
        return findAggregate(plan.children().get(0));
    }
}
