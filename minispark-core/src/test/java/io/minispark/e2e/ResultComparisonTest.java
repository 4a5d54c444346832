package io.minispark.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.result.Row;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle comparison must be able to fail, or every test built on it proves nothing. */
class ResultComparisonTest {
    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void multisetIgnoresOrderButCountsDuplicates() {
        List<Row> actual = List.of(Row.of(1, "a"), Row.of(2, "b"), Row.of(1, "a"));
        assertThatCode(() -> ResultComparison.assertSameMultiset(actual,
                List.of(values(2L, "b"), values(1L, "a"), values(1L, "a")), "same")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ResultComparison.assertSameMultiset(actual,
                List.of(values(2L, "b"), values(1L, "a"), values(2L, "b")), "duplicates differ"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing from actual: [[2, b]]");
        assertThatThrownBy(() -> ResultComparison.assertSameMultiset(actual, List.of(values(2L, "b"), values(1L, "a")), "extra row"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void sequenceComparesOrder() {
        List<Row> actual = List.of(Row.of(1), Row.of(2));
        assertThatCode(() -> ResultComparison.assertSameSequence(actual, List.of(values(1L), values(2L)), "same"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ResultComparison.assertSameSequence(actual, List.of(values(2L), values(1L)), "swapped"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void doublesMatchWithinRelativeToleranceButNotIntegers() {
        List<Row> actual = List.of(Row.of(1000.0000000001, null));
        assertThatCode(() -> ResultComparison.assertSameMultiset(actual, List.of(values(1000.0, null)), "close"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ResultComparison.assertSameMultiset(actual, List.of(values(1000.001, null)), "far"))
                .isInstanceOf(AssertionError.class);
        // An integer result where a double is expected is a wrong result type.
        assertThatThrownBy(() -> ResultComparison.assertSameMultiset(List.of(Row.of(3, null)), List.of(values(3.0, null)), "type"))
                .isInstanceOf(AssertionError.class);
        // NULL is not zero or the empty string.
        assertThatThrownBy(() -> ResultComparison.assertSameMultiset(List.of(Row.of(0, "")), List.of(values(null, null)), "null"))
                .isInstanceOf(AssertionError.class);
    }
}
