package io.minispark.sql;

import java.util.List;

/**
 * One record of a sqllogictest-style file: a statement expected to succeed or fail with a code
 * (and optionally at a line:column), or a query with its column type letters and expected rows.
 *
 * @param line the 1-based line of the record's header, for messages
 * @param kind what is expected
 * @param sql the statement text
 * @param errorCode for {@code statement error}: the expected error code
 * @param errorAt for {@code statement error}: the expected "line:column", or null
 * @param types for queries: one letter per column (I integer, R double, T text, B boolean, D date/timestamp)
 * @param rowsort for queries: compare rows sorted, as their order is not defined
 * @param differential for queries and statements: also run it on DuckDB (the default; "nodiff" turns it off)
 * @param expected for queries: the expected rows, tab-separated values
 */
record SltRecord(int line, Kind kind, String sql, String errorCode, String errorAt, String types, boolean rowsort,
                 boolean differential, List<String> expected) {
    enum Kind { STATEMENT_OK, STATEMENT_ERROR, QUERY }
}
