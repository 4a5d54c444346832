package io.minispark.physical;

/** Which input of a join is loaded into memory (the hash table or buffered side). */
public enum BuildSide {
    LEFT, RIGHT
}
