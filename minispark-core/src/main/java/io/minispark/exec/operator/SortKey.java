package io.minispark.exec.operator;

import io.minispark.exec.expr.VectorExpression;

/** One ORDER BY term: the expression to sort by, its direction, and where NULLs go. */
public record SortKey(VectorExpression expression, boolean ascending, boolean nullsFirst) {
    /** Ascending with NULLs first, the SQL default for ascending order in Spark. */
    public static SortKey ascending(VectorExpression expression) {
        return new SortKey(expression, true, true);
    }

    /** Descending with NULLs last, the SQL default for descending order in Spark. */
    public static SortKey descending(VectorExpression expression) {
        return new SortKey(expression, false, false);
    }
}
