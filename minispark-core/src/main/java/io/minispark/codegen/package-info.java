/**
 * Whole-stage code generation: each stage's pipeline becomes one generated Java class, compiled at run
 * time with Janino, whose {@code execute} method fuses producer, operators and writer into loops over
 * rows with primitive locals — no virtual call and no boxing per row or value on the hot path.
 *
 * <h2>What compiles</h2>
 * Producers: table scans (through the existing readers, one batch at a time), shuffle and broadcast
 * reads. Operators: filter, project, limit/offset, hash aggregation (PARTIAL, FINAL, COMPLETE; COUNT,
 * SUM, AVG, MIN/MAX of numbers; keys of any type in an open-addressing table specialised to the key
 * types, string keys as byte ranges). Expressions: columns, literals, + - * % / on INT, BIGINT, DOUBLE
 * and DECIMAL, unary minus, comparisons of every type, AND/OR/NOT, IS [NOT] NULL, LIKE with a constant
 * pattern, IN with constant lists, CASE, COALESCE, and numeric and decimal casts. Anything else (sort,
 * joins, union, DISTINCT aggregates, other functions and casts) makes its stage run interpreted;
 * EXPLAIN says which stage and why. The writer is the interpreted {@code StageWriter}, fed one batch at
 * a time, so shuffle partitioning uses the very same hash as the interpreter.
 *
 * <h2>Semantics: identical to the interpreter</h2>
 * Generated code computes exactly what the kernels of {@code io.minispark.exec.expr} compute:
 * <ul>
 *   <li>NULL propagates through arithmetic, comparisons and casts; AND/OR are three-valued.</li>
 *   <li>INT and BIGINT +, -, *, unary minus and {@code MIN % -1} raise NUMERIC_OVERFLOW; % by zero raises
 *       DIVISION_BY_ZERO — on non-NULL rows only, as the kernels zero NULL rows first.</li>
 *   <li>DOUBLE is IEEE: x/0 is ±Infinity or NaN, x % 0.0 is NaN; comparisons order NaN above all and
 *       -0.0 equal to 0.0; grouping treats all NaNs as one key.</li>
 *   <li>DECIMAL is a scaled long: operands are rescaled exactly to the result scale and results checked
 *       against the result precision (NUMERIC_OVERFLOW); SUM checks 18 digits when read out; AVG divides
 *       {@code sum / 10^s / count} in doubles.</li>
 *   <li>Strings compare as unsigned UTF-8 bytes; LIKE uses the interpreter's {@code LikePattern}.</li>
 * </ul>
 * The set of expressions evaluated for each row is also the interpreter's: the right operand of AND/OR
 * only where the left one does not decide, a CASE branch or COALESCE argument only for rows that reach
 * it, projections only for rows that pass the filters. So a query fails in compiled form exactly when it
 * fails interpreted, with the same error code. When several rows would raise different errors, the
 * compiled code, working row by row, reports the first row's error, the interpreter (working a batch
 * at a time, one expression after another) may report another: the same as the interpreter with
 * batch size 1.
 *
 * <h2>Caching</h2>
 * {@link io.minispark.codegen.CompiledStageCache} keys classes by their full source (literals are in
 * the source), process-wide; a repeated query compiles nothing. {@link io.minispark.codegen.StageCompiler}
 * prepares a stage once per query before its jobs run; the result ({@link
 * io.minispark.codegen.StageCompilation}: compiled or why not, compile time, cache hit) is recorded on
 * every {@code JobResult} and shown by EXPLAIN ANALYZE.
 */
package io.minispark.codegen;
