/**
 * Name resolution and typing: turns unresolved expressions (as written through the API or SQL) into bound, typed logical expressions, and builds the resolved logical plan one operation at a time, including the seed's aggregation rewrite (aggregates computed during aggregation, HAVING as a filter on hidden aggregate columns, projection last).
 */
package io.minispark.analysis;
