package io.minispark.exec.expr;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;

/** Factory of the exceptions kernels throw, so that codes and wording stay consistent across kernels. */
final class EvaluationErrors {
    private EvaluationErrors() {
    }

    /** A planner or analyzer bug: the expression tree broke an invariant the evaluator relies on. */
    static MinisparkException internal(String message) {
        return new MinisparkException(ErrorCode.INTERNAL, message);
    }

    static MinisparkException divisionByZero(String expression) {
        return new MinisparkException(ErrorCode.DIVISION_BY_ZERO, "division by zero in " + expression);
    }

    static MinisparkException overflow(String message) {
        return new MinisparkException(ErrorCode.NUMERIC_OVERFLOW, message);
    }

    /** The DuckDB-style message for text that does not parse as the target type. */
    static MinisparkException cannotConvert(String text, DataType target) {
        return new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                "could not convert string '" + text + "' to " + target);
    }

    static MinisparkException castOutOfRange(DataType source, String value, DataType target) {
        return overflow("value " + value + " of type " + source + " is out of range for type " + target);
    }

    static MinisparkException typeMismatch(String message) {
        return new MinisparkException(ErrorCode.TYPE_MISMATCH, message);
    }
}
