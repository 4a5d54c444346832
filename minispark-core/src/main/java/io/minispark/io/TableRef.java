package io.minispark.io;

import io.minispark.types.Schema;
import java.io.Serializable;

/**
 * A table as the planner knows it: a display name, where it lives, its format and its full schema.
 * Plain data, so that plans referring to it can be shipped to other processes.
 */
public record TableRef(String name, String path, TableFormat format, Schema schema) implements Serializable {
}
