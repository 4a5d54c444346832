package io.minispark.logical;

import java.util.Locale;

/**
 * How unmatched rows of a join are treated. LEFT_SEMI and LEFT_ANTI keep only the left side's columns:
 * the left rows with at least one match (each once), or those without any; subqueries in conditions
 * become these joins.
 */
public enum JoinType {
    INNER, LEFT, RIGHT, FULL, CROSS, LEFT_SEMI, LEFT_ANTI;

    public static JoinType parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "")) {
            case "inner" -> INNER;
            case "left", "leftouter" -> LEFT;
            case "right", "rightouter" -> RIGHT;
            case "full", "fullouter", "outer" -> FULL;
            case "cross" -> CROSS;
            case "semi", "leftsemi" -> LEFT_SEMI;
            case "anti", "leftanti" -> LEFT_ANTI;
            default -> throw new IllegalArgumentException("unknown join type \"" + text
                    + "\"; expected one of inner, left, right, full, cross, left_semi, left_anti");
        };
    }

    public boolean preservesLeft() {
        return this == LEFT || this == FULL;
    }

    public boolean preservesRight() {
        return this == RIGHT || this == FULL;
    }

    /** Whether the output has the right side's columns (every type but semi and anti). */
    public boolean outputsRight() {
        return this != LEFT_SEMI && this != LEFT_ANTI;
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
