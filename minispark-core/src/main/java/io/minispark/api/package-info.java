/**
 * The user-facing API, in the style of Spark's Java API: a {@code Session} opens tables and runs queries, a {@code DataFrame} is an analysed query built with {@code Column} expressions and {@code functions}. The SQL front end is a client of this API.
 */
package io.minispark.api;
