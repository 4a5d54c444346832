/**
 * The logical plan and bound expressions: immutable records of sealed interfaces. What to compute, with columns referenced by attribute id so that rules can move operators freely.
 */
package io.minispark.logical;
