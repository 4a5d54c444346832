package io.minispark.logical;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An output column of a logical plan node. The {@code id} is what expressions refer to, so optimizer
 * rules can move operators around without re-numbering column positions; qualifier and name are for
 * name resolution and display only.
 */
public record Attribute(long id, String qualifier, String name, DataType type, boolean nullable) implements Serializable {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    public static Attribute create(String qualifier, String name, DataType type, boolean nullable) {
        return new Attribute(NEXT_ID.getAndIncrement(), qualifier, name, type, nullable);
    }

    /** The same column seen under another qualifier (a table alias). */
    public Attribute withQualifier(String newQualifier) {
        return new Attribute(id, newQualifier, name, type, nullable);
    }

    public Attribute withNullable(boolean newNullable) {
        return newNullable == nullable ? this : new Attribute(id, qualifier, name, type, newNullable);
    }

    /** "u.country", or just "country" without a qualifier. */
    public String qualifiedName() {
        return qualifier == null ? name : qualifier + "." + name;
    }

    public Field toField() {
        return new Field(qualifiedName(), type, nullable);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
