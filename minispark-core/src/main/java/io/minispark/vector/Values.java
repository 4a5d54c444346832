package io.minispark.vector;

/** Reads single values in storage form (Integer for INT/DATE, Long for BIGINT/TIMESTAMP, ...). */
public final class Values {
    private Values() {
    }

    public static Object storageValue(Vector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        return switch (vector) {
            case BooleanVector b -> b.get(row);
            case IntVector i -> i.get(row);
            case LongVector l -> l.get(row);
            case DoubleVector d -> d.get(row);
            case StringVector s -> s.getString(row);
        };
    }
}
