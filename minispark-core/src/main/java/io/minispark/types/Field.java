package io.minispark.types;

import java.io.Serializable;

/** A named, typed column of a {@link Schema}. The name may be qualified ("u.country"). */
public record Field(String name, DataType type, boolean nullable) implements Serializable {
    public Field(String name, DataType type) {
        this(name, type, true);
    }

    @Override
    public String toString() {
        return name + ":" + type;
    }
}
