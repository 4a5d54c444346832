package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;

/**
 * Three-valued AND / OR. The left operand is evaluated on every row; the right one only on the rows the
 * left one does not decide (AND: rows not FALSE; OR: rows not TRUE), so {@code x <> 0 AND 10 / x > 1}
 * style guards also protect against errors. Truth table: FALSE AND NULL = FALSE, TRUE AND NULL = NULL,
 * TRUE OR NULL = TRUE, FALSE OR NULL = NULL.
 */
record ConjunctionExpression(Kind kind, VectorExpression left, VectorExpression right) implements VectorExpression {
    /** Which connective; its {@code decidingValue} is the left value that fixes the result alone. */
    enum Kind {
        AND(false), OR(true);

        final boolean decidingValue;

        Kind(boolean decidingValue) {
            this.decidingValue = decidingValue;
        }
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Vector evaluate(Batch input) {
        BooleanVector leftValues = BooleanInputs.of(left.evaluate(input));
        int length = input.rowCount();
        boolean deciding = kind.decidingValue;
        boolean[] leftBits = leftValues.values();
        boolean[] leftNulls = leftValues.nulls();
        int[] undecided = new int[length];
        int undecidedCount = 0;
        for (int row = 0; row < length; row++) {
            undecided[undecidedCount] = row;
            boolean decided = leftBits[row] == deciding && (leftNulls == null || !leftNulls[row]);
            undecidedCount += decided ? 0 : 1;
        }
        if (undecidedCount == 0) {
            return leftValues;
        }
        boolean allUndecided = undecidedCount == length;
        BooleanVector rightValues = BooleanInputs.of(allUndecided
                ? right.evaluate(input)
                : right.evaluate(input.gather(undecided, undecidedCount)));
        if (allUndecided && leftNulls == null && !rightValues.mayHaveNulls()) {
            // Fast path: no NULLs and nothing decided by the left side, so every left value is !deciding.
            return rightValues;
        }
        return combine(leftValues, rightValues, undecided, undecidedCount, length);
    }

    private BooleanVector combine(BooleanVector leftValues, BooleanVector rightValues, int[] undecided,
            int undecidedCount, int length) {
        boolean deciding = kind.decidingValue;
        boolean[] out = new boolean[length];
        boolean[] nulls = null;
        // Rows decided by the left side keep the deciding value; the others are overwritten below.
        java.util.Arrays.fill(out, deciding);
        for (int k = 0; k < undecidedCount; k++) {
            int row = undecided[k];
            boolean leftNull = leftValues.isNull(row);
            boolean rightNull = rightValues.isNull(k);
            if (!rightNull && rightValues.get(k) == deciding) {
                out[row] = deciding;
            } else if (leftNull || rightNull) {
                if (nulls == null) {
                    nulls = new boolean[length];
                }
                nulls[row] = true;
            } else {
                out[row] = !deciding;
            }
        }
        return new BooleanVector(DataType.BOOLEAN, out, nulls);
    }
}
