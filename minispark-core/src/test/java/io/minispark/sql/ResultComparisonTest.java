package io.minispark.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential tests' comparison: it must tell results apart, or those tests prove nothing. */
class ResultComparisonTest {
    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void numbersOfDifferentJavaTypesCompareByValue() {
        assertThat(ResultComparison.difference(List.of(row(BigInteger.valueOf(7), 1.0)), List.of(row(7L, 1.0 + 1e-12)), true)).isNull();
    }

    @Test
    void multisetsIgnoreOrderButNotMultiplicity() {
        assertThat(ResultComparison.difference(List.of(row(1), row(2)), List.of(row(2), row(1)), false)).isNull();
        assertThat(ResultComparison.difference(List.of(row(1), row(2)), List.of(row(2), row(1)), true)).isNotNull();
        assertThat(ResultComparison.difference(List.of(row(1), row(1)), List.of(row(1)), false)).isNotNull();
    }

    @Test
    void differencesInValuesNullsAndDatesAreReported() {
        assertThat(ResultComparison.difference(List.of(row(1.0)), List.of(row(1.0 + 1e-6)), true)).isNotNull();
        assertThat(ResultComparison.difference(List.of(row((Object) null)), List.of(row(0)), true)).isNotNull();
        assertThat(ResultComparison.difference(List.of(row(java.sql.Date.valueOf("2025-01-02"))),
                List.of(row(LocalDate.of(2025, 1, 2))), true)).isNull();
        assertThat(ResultComparison.difference(List.of(row("a")), List.of(row("b")), false)).isNotNull();
    }
}
