package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer comparison the TPC-H test and benchmark rely on: exact decimals, close doubles, order. */
class AnswerComparisonTest {
    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void decimalsMustAgreeToTheLastDigitWhateverTheirScale() {
        assertThat(AnswerComparison.difference(List.of(row(new BigDecimal("12.30"))), List.of(row(new BigDecimal("12.3"))), true)).isNull();
        assertThat(AnswerComparison.difference(List.of(row(new BigDecimal("12.30"))), List.of(row(new BigDecimal("12.31"))), true))
                .contains("column 1").contains("12.31");
        // A billion-dollar sum one cent off is still wrong, though it is within 1e-9 relative.
        assertThat(AnswerComparison.difference(List.of(row(new BigDecimal("1000000000.00"))),
                List.of(row(new BigDecimal("1000000000.01"))), true)).isNotNull();
    }

    @Test
    void doublesAndMixedNumbersAgreeWithinOnePartInABillion() {
        assertThat(AnswerComparison.sameNumber(1.0, 1.0 + 1e-12)).isTrue();
        assertThat(AnswerComparison.sameNumber(1.0, 1.0 + 1e-8)).isFalse();
        assertThat(AnswerComparison.sameNumber(new BigDecimal("0.05"), 0.05)).isTrue();
        assertThat(AnswerComparison.sameNumber(7L, 7)).isTrue();
        assertThat(AnswerComparison.sameNumber(7L, 8)).isFalse();
    }

    @Test
    void orderCountsOnlyWhenTheQueryOrders() {
        List<List<Object>> ab = List.of(row("a", 1), row("b", 2));
        List<List<Object>> ba = List.of(row("b", 2), row("a", 1));
        assertThat(AnswerComparison.difference(ab, ba, false)).isNull();
        assertThat(AnswerComparison.difference(ab, ba, true)).startsWith("row 1 of 2 differs");
    }

    @Test
    void rowCountsNullsAndDatesAreCompared() {
        assertThat(AnswerComparison.difference(List.of(row(1)), List.of(), false)).startsWith("expected 1 rows but got 0");
        assertThat(AnswerComparison.difference(List.of(row((Object) null)), List.of(row(0)), true)).contains("NULL");
        assertThat(AnswerComparison.difference(List.of(row(java.sql.Date.valueOf("1995-03-15"))),
                List.of(row(LocalDate.of(1995, 3, 15))), true)).isNull();
        assertThat(AnswerComparison.difference(List.of(row("x", 1)), List.of(row("x")), true)).contains("columns");
    }
}
