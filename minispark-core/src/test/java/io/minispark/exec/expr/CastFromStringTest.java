package io.minispark.exec.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Cast;
import io.minispark.logical.Literal;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.Values;
import io.minispark.vector.Vector;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Casting text that does not parse is a user error (INVALID_ARGUMENT), for every target type. */
class CastFromStringTest {
    private static Object castConstant(String text, DataType target) {
        Vector v = ExpressionCompiler.compile(new Cast(new Literal(text, DataType.STRING), target), List.of())
                .evaluate(new Batch(new Vector[0], 1));
        return Values.storageValue(v, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "BIGINT", "DOUBLE", "DATE", "TIMESTAMP", "BOOLEAN"})
    void unparsableTextIsInvalidArgument(String type) {
        assertThatThrownBy(() -> castConstant("abc", DataType.parse(type)))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649"})
    void integerTextOutOfIntRangeIsInvalidArgument(String text) {
        assertThatThrownBy(() -> castConstant(text, DataType.INT))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", " 42 "})
    void integerTextParses(String text) {
        assertThat(castConstant(text, DataType.INT)).isEqualTo(42);
    }
}
