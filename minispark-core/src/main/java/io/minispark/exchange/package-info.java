/**
 * The exchange between stages: where a job puts each partition of its output (a {@link io.minispark.exchange.ShuffleBlock}),
 * kept in the query's memory while its budget allows and in a file of the job's worker folder otherwise, and how the
 * jobs of later stages (and the query's result) read those blocks back.
 */
package io.minispark.exchange;
