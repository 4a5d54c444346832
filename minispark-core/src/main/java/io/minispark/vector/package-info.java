/**
 * Columnar data: batches of typed primitive vectors with null masks, the unit that moves through every pipeline; never rows of boxed objects.
 */
package io.minispark.vector;
