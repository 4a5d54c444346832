/**
 * SQL data types, schemas, and the date/time storage conventions (DATE as epoch days, TIMESTAMP as epoch microseconds).
 */
package io.minispark.types;
