package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * {@code CAST(child AS type)} for the pairs {@link CastRules} allows. NULL stays NULL; a NULL-typed
 * child gives a NULL vector of the target type. Per-family semantics live in {@link NumericCasts},
 * {@link ToStringCasts}, {@link FromStringCasts}, {@link TemporalCasts} and (anything involving a
 * DECIMAL) {@link DecimalCasts}.
 */
record CastExpression(VectorExpression child, DataType type) implements VectorExpression {

    /** The cast kernel, or the child itself when the types already agree. */
    static VectorExpression create(VectorExpression child, DataType target) {
        if (!CastRules.canCast(child.type(), target)) {
            throw EvaluationErrors.typeMismatch("cannot cast " + child.type() + " to " + target);
        }
        if (child.type().equals(target)) {
            return child;
        }
        return new CastExpression(child, target);
    }

    @Override
    public Vector evaluate(Batch input) {
        Vector source = child.evaluate(input);
        TypeKind from = child.type().kind();
        if (from == TypeKind.NULL) {
            return Vector.nulls(type, input.rowCount());
        }
        if (DecimalCasts.handles(child.type(), type)) {
            return DecimalCasts.apply(source, type);
        }
        if (type.kind() == TypeKind.STRING) {
            return ToStringCasts.apply(source);
        }
        if (from == TypeKind.STRING) {
            return FromStringCasts.apply((StringVector) source, type);
        }
        return switch (type.kind()) {
            case BOOLEAN, INT, BIGINT, DOUBLE -> NumericCasts.apply(source, type);
            case DATE -> TemporalCasts.toDate((LongVector) source);
            case TIMESTAMP -> TemporalCasts.toTimestamp((IntVector) source);
            case STRING, DECIMAL, NULL -> throw EvaluationErrors.internal("cast from " + from + " to " + type);
        };
    }
}
