package io.minispark.analysis;

import static io.minispark.analysis.AnalysisAssertions.assertError;
import static io.minispark.analysis.AnalysisAssertions.selected;
import static io.minispark.analysis.AnalysisAssertions.where;
import static io.minispark.api.functions.col;
import static io.minispark.api.functions.lit;
import static io.minispark.logical.TestPlans.orders;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.errors.ErrorCode;
import io.minispark.logical.Expression;
import io.minispark.logical.Scan;
import io.minispark.types.DataType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which casts the binder inserts: integers widen, DATE meets TIMESTAMP, string literals are read as the other side. */
class TypeCoercionTest {
    private final Scan users = users();
    private final Scan orders = orders();

    @Test
    void intPlusBigintCastsTheIntToBigint() {
        Expression e = selected(users, col("age").plus(col("age").cast("bigint")));
        assertThat(e.toString()).isEqualTo("(CAST(users.age AS BIGINT) + CAST(users.age AS BIGINT))");
        assertThat(e.type()).isEqualTo(DataType.BIGINT);
    }

    @Test
    void intComparedWithDoubleCastsTheIntToDouble() {
        assertThat(where(orders, col("quantity").lt(col("price"))).toString())
                .isEqualTo("(CAST(orders.quantity AS DOUBLE) < orders.price)");
    }

    @Test
    void aNarrowerLiteralIsConvertedInPlaceRatherThanCast() {
        assertThat(where(orders, col("price").gt(100)).toString()).isEqualTo("(orders.price > 100.0)");
        assertThat(where(users, col("age").gt(30L)).toString()).isEqualTo("(CAST(users.age AS BIGINT) > 30)");
    }

    @Test
    void divisionIsInDouble() {
        Expression e = selected(users, col("age").divide(2));
        assertThat(e.toString()).isEqualTo("(CAST(users.age AS DOUBLE) / 2.0)");
        assertThat(e.type()).isEqualTo(DataType.DOUBLE);
    }

    @Test
    void aDateLiteralComparedWithATimestampIsReadAsTimestamp() {
        assertThat(where(orders, col("order_date").geq(LocalDate.of(2025, 1, 5))).toString())
                .isEqualTo("(orders.order_date >= TIMESTAMP '2025-01-05 00:00:00')");
    }

    @Test
    void aStringLiteralComparedWithATimestampIsReadAsOne() {
        assertThat(where(orders, col("order_date").lt("2025-01-05")).toString())
                .isEqualTo("(orders.order_date < TIMESTAMP '2025-01-05 00:00:00')");
    }

    @Test
    void aStringLiteralComparedWithANumberIsReadAsOneOnEitherSide() {
        assertThat(where(users, col("age").gt("30")).toString()).isEqualTo("(users.age > 30)");
        assertThat(where(users, lit("30").lt(col("age"))).toString()).isEqualTo("(30 < users.age)");
    }

    @Test
    void aStringLiteralThatIsNotANumberIsATypeMismatch() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(users, col("age").gt("thirty")));
    }

    @Test
    void aStringColumnComparedWithANumberIsATypeMismatch() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(users, col("country").gt(col("age"))))
                .hasMessageContaining("STRING").hasMessageContaining("INT");
    }

    @Test
    void arithmeticOnAStringColumnIsATypeMismatch() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> selected(users, col("country").multiply(2)));
    }

    @Test
    void aNonBooleanFilterIsATypeMismatch() {
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(users, col("age")));
        assertError(ErrorCode.TYPE_MISMATCH, () -> where(users, col("age").and(col("age").gt(1))));
    }

    @Test
    void anUntypedNullTakesTheOtherSidesType() {
        Expression e = where(users, col("age").equalTo(lit(null)));
        assertThat(e.toString()).isEqualTo("(users.age = NULL)");
        assertThat(e.children().get(1).type()).isEqualTo(DataType.INT);
    }

    @Test
    void isinUnifiesTheListWithTheColumn() {
        assertThat(where(orders, col("price").isin(1, 2.5)).toString()).isEqualTo("(orders.price IN (1.0, 2.5))");
    }
}
