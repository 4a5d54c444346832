package io.minispark.exec.expr;

import io.minispark.types.DataType;
import io.minispark.types.TypeKind;

/**
 * Which explicit casts exist, as in DuckDB: between any two of BOOLEAN, INT, BIGINT, DOUBLE and
 * DECIMAL (of any precision and scale); from
 * anything to STRING and from STRING to anything (parsing, which may fail per value); DATE to and from
 * TIMESTAMP; and from the NULL type to anything. DATE or TIMESTAMP to or from a number or BOOLEAN is not
 * a cast (DuckDB: "Unimplemented type for cast").
 */
public final class CastRules {
    private CastRules() {
    }

    public static boolean canCast(DataType source, DataType target) {
        TypeKind from = source.kind();
        TypeKind to = target.kind();
        if (from == to || from == TypeKind.NULL || from == TypeKind.STRING || to == TypeKind.STRING) {
            return true;
        }
        if (isTemporal(from) || isTemporal(to)) {
            return isTemporal(from) && isTemporal(to);
        }
        // Both are among BOOLEAN, INT, BIGINT, DOUBLE, DECIMAL; casting to the NULL type is meaningless.
        return to != TypeKind.NULL;
    }

    private static boolean isTemporal(TypeKind kind) {
        return kind == TypeKind.DATE || kind == TypeKind.TIMESTAMP;
    }
}
