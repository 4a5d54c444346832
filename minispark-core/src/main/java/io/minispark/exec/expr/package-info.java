/**
 * The interpreted, vector-at-a-time expression evaluator: {@link io.minispark.exec.expr.ExpressionCompiler}
 * turns a bound {@link io.minispark.logical.Expression} into a tree of {@link io.minispark.exec.expr.VectorExpression}
 * kernels that each loop over whole primitive arrays, with a separate fast path when no input row is NULL.
 * It is the reference implementation of minispark's SQL semantics (which follow DuckDB; every deviation is
 * documented on the kernel that makes it) and the oracle a future code generator is compared against.
 * Kernels never modify the vectors they are given; conditional constructs (CASE, COALESCE, AND, OR)
 * evaluate their branches only on the rows that need them, so a branch not taken cannot raise an error.
 */
package io.minispark.exec.expr;
