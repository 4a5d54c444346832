package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE e END}: each row takes the value of the first condition that is
 * TRUE (FALSE and NULL both fall through), else the ELSE value. Evaluation is lazy per row: condition k
 * runs only on the rows no earlier condition claimed, and each value runs only on the sub-batch of rows
 * that chose it, so a branch no row takes is never evaluated and cannot raise an error.
 */
record CaseWhenExpression(List<VectorExpression> conditions, List<VectorExpression> values,
        VectorExpression elseValue, DataType type) implements VectorExpression {

    CaseWhenExpression {
        conditions = List.copyOf(conditions);
        values = List.copyOf(values);
        if (conditions.size() != values.size()) {
            throw EvaluationErrors.internal("CASE with " + conditions.size() + " conditions and "
                    + values.size() + " values");
        }
    }

    @Override
    public Vector evaluate(Batch input) {
        int length = input.rowCount();
        int branchCount = values.size() + 1;
        int elseBranch = values.size();
        RowAssembly assembly = new RowAssembly(length);
        Vector[] branchResults = new Vector[branchCount];
        // The rows still looking for a branch, as positions of the input batch.
        int[] remaining = identity(length);
        int remainingCount = length;
        for (int branch = 0; branch < values.size() && remainingCount > 0; branch++) {
            Batch candidates = remainingCount == length ? input : input.gather(remaining, remainingCount);
            BooleanVector condition = BooleanInputs.of(conditions.get(branch).evaluate(candidates));
            int[] chosen = new int[remainingCount];
            int chosenCount = Selections.trueRows(condition, chosen);
            if (chosenCount == 0) {
                continue;
            }
            // Translate sub-batch positions back to input positions, and split off the rows not chosen.
            int[] chosenRows = new int[chosenCount];
            int[] stillRemaining = new int[remainingCount - chosenCount];
            int next = 0;
            int kept = 0;
            for (int k = 0; k < remainingCount; k++) {
                if (next < chosenCount && chosen[next] == k) {
                    chosenRows[next++] = remaining[k];
                } else {
                    stillRemaining[kept++] = remaining[k];
                }
            }
            branchResults[branch] = evaluateOn(values.get(branch), input, chosenRows, chosenCount);
            assembly.assign(chosenRows, chosenCount, branch);
            remaining = stillRemaining;
            remainingCount = kept;
        }
        if (remainingCount > 0) {
            branchResults[elseBranch] = evaluateOn(elseValue, input, remaining, remainingCount);
            assembly.assign(remaining, remainingCount, elseBranch);
        }
        return assembly.build(type, branchResults);
    }

    /** Evaluates on the listed rows only; on the batch itself when that is every row. */
    static Vector evaluateOn(VectorExpression expression, Batch input, int[] rows, int count) {
        return count == input.rowCount() ? expression.evaluate(input) : expression.evaluate(input.gather(rows, count));
    }

    static int[] identity(int length) {
        int[] positions = new int[length];
        for (int row = 0; row < length; row++) {
            positions[row] = row;
        }
        return positions;
    }
}
