package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/** Checks that an operand of a logical operator is a BOOLEAN (or NULL-typed) vector. */
final class BooleanInputs {
    private BooleanInputs() {
    }

    static BooleanVector of(Vector vector) {
        if (vector instanceof BooleanVector booleans
                && (vector.type().equals(DataType.BOOLEAN) || vector.type().equals(DataType.NULL))) {
            return booleans;
        }
        throw EvaluationErrors.internal("logical operand of type " + vector.type());
    }
}
