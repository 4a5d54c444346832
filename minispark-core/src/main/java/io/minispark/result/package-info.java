/**
 * Query results: streamed batches, materialized rows, and the rounded box table {@code show()} prints.
 */
package io.minispark.result;
