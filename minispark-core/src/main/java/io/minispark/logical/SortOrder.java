package io.minispark.logical;

import java.io.Serializable;

/** One ORDER BY key. NULLs sort last unless stated (as in DuckDB). */
public record SortOrder(Expression expression, boolean ascending, boolean nullsFirst) implements Serializable {
    public static SortOrder of(Expression expression, boolean ascending) {
        return new SortOrder(expression, ascending, false);
    }

    public SortOrder withExpression(Expression e) {
        return new SortOrder(e, ascending, nullsFirst);
    }

    @Override
    public String toString() {
        return expression + (ascending ? " ASC" : " DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
