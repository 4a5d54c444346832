package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;

/**
 * The result of a conditional expression put together from the partial results of its branches. Each
 * output row names the branch that produced it ({@code -1} for NULL) and its row within that branch's
 * result, because each branch was evaluated on the sub-batch of the rows that chose it.
 */
final class RowAssembly {
    /** The branch marker of a row that is NULL without coming from any branch. */
    static final int NO_BRANCH = -1;

    private final int[] branchOfRow;
    private final int[] rowInBranch;

    RowAssembly(int length) {
        branchOfRow = new int[length];
        rowInBranch = new int[length];
        java.util.Arrays.fill(branchOfRow, NO_BRANCH);
    }

    void assign(int row, int branch, int positionInBranch) {
        branchOfRow[row] = branch;
        rowInBranch[row] = positionInBranch;
    }

    /** Rows {@code positions[0..count)} take rows {@code 0..count} of {@code branch} in order. */
    void assign(int[] positions, int count, int branch) {
        for (int k = 0; k < count; k++) {
            branchOfRow[positions[k]] = branch;
            rowInBranch[positions[k]] = k;
        }
    }

    /** Builds the output vector; {@code branches[b]} may be null when no row chose branch b. */
    Vector build(DataType type, Vector[] branches) {
        int length = branchOfRow.length;
        boolean[] nulls = null;
        for (int row = 0; row < length; row++) {
            int branch = branchOfRow[row];
            if (branch == NO_BRANCH || branches[branch].isNull(rowInBranch[row])) {
                if (nulls == null) {
                    nulls = new boolean[length];
                }
                nulls[row] = true;
            }
        }
        return switch (type.physical()) {
            case BOOLEAN -> {
                boolean[] out = new boolean[length];
                for (int row = 0; row < length; row++) {
                    if (hasValue(row, nulls)) {
                        out[row] = ((BooleanVector) branches[branchOfRow[row]]).get(rowInBranch[row]);
                    }
                }
                yield new BooleanVector(type, out, nulls);
            }
            case INT -> {
                int[] out = new int[length];
                for (int row = 0; row < length; row++) {
                    if (hasValue(row, nulls)) {
                        out[row] = ((IntVector) branches[branchOfRow[row]]).get(rowInBranch[row]);
                    }
                }
                yield new IntVector(type, out, nulls);
            }
            case LONG -> {
                long[] out = new long[length];
                for (int row = 0; row < length; row++) {
                    if (hasValue(row, nulls)) {
                        out[row] = ((LongVector) branches[branchOfRow[row]]).get(rowInBranch[row]);
                    }
                }
                yield new LongVector(type, out, nulls);
            }
            case DOUBLE -> {
                double[] out = new double[length];
                for (int row = 0; row < length; row++) {
                    if (hasValue(row, nulls)) {
                        out[row] = ((DoubleVector) branches[branchOfRow[row]]).get(rowInBranch[row]);
                    }
                }
                yield new DoubleVector(type, out, nulls);
            }
            case STRING -> {
                StringVector.Builder out = new StringVector.Builder(length);
                for (int row = 0; row < length; row++) {
                    if (hasValue(row, nulls)) {
                        out.append((StringVector) branches[branchOfRow[row]], rowInBranch[row]);
                    } else {
                        out.appendNull();
                    }
                }
                yield out.build(type);
            }
        };
    }

    /** True when the row has a non-NULL value; NULL rows are skipped so a NULL-typed branch is never cast. */
    private boolean hasValue(int row, boolean[] nulls) {
        return nulls == null || !nulls[row];
    }
}
