/**
 * The SQL front end: an ANTLR grammar ({@code MiniSparkSql.g4}) parses a statement, and translators
 * turn the parse tree into the same Analyzer calls the DataFrame API makes, clause by clause, so SQL
 * and DataFrame queries share one meaning and one set of errors. {@link io.minispark.sql.Statements}
 * runs statements; syntax errors point at the offending token with a readable list of what was
 * expected, and semantic errors carry the position of the text that caused them.
 */
package io.minispark.sql;
