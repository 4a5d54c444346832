/**
 * User-facing errors: a code, a one-paragraph message and, for SQL, the position in the text, rendered with a caret line.
 */
package io.minispark.errors;
