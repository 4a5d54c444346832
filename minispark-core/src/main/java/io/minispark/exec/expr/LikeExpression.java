package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * {@code child [NOT] LIKE pattern}: NULL when either side is NULL. A literal pattern is compiled once
 * ({@link LikePattern} with its fast paths); a per-row pattern is matched directly on its bytes.
 */
final class LikeExpression implements VectorExpression {
    private final VectorExpression child;
    private final VectorExpression pattern;
    private final boolean negated;
    /** The compiled pattern when it is a non-NULL constant, else null. */
    private final LikePattern constantPattern;

    private LikeExpression(VectorExpression child, VectorExpression pattern, boolean negated) {
        this.child = child;
        this.pattern = pattern;
        this.negated = negated;
        this.constantPattern = pattern instanceof ConstantExpression constant && constant.value() != null
                ? LikePattern.compile(constant.value().toString())
                : null;
    }

    static VectorExpression create(VectorExpression child, VectorExpression pattern, boolean negated) {
        for (VectorExpression operand : new VectorExpression[] {child, pattern}) {
            TypeKind kind = operand.type().kind();
            if (kind != TypeKind.STRING && kind != TypeKind.NULL) {
                throw EvaluationErrors.internal("LIKE operand of type " + operand.type());
            }
        }
        if (child.type().kind() == TypeKind.NULL || pattern.type().kind() == TypeKind.NULL) {
            return new ConstantExpression(null, DataType.BOOLEAN);
        }
        return new LikeExpression(child, pattern, negated);
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        StringVector text = (StringVector) child.evaluate(input);
        int length = input.rowCount();
        byte[] data = text.data();
        int[] offsets = text.offsets();
        boolean[] out = new boolean[length];
        boolean[] nulls;
        if (constantPattern != null) {
            nulls = text.nulls();
            for (int row = 0; row < length; row++) {
                out[row] = constantPattern.matches(data, offsets[row], offsets[row + 1]) != negated;
            }
        } else {
            StringVector patterns = (StringVector) pattern.evaluate(input);
            nulls = NullMasks.union(text, patterns);
            byte[] patternData = patterns.data();
            int[] patternOffsets = patterns.offsets();
            for (int row = 0; row < length; row++) {
                out[row] = LikePattern.matchesGeneral(data, offsets[row], offsets[row + 1], patternData,
                        patternOffsets[row], patternOffsets[row + 1]) != negated;
            }
        }
        return new BooleanVector(DataType.BOOLEAN, out, nulls);
    }
}
