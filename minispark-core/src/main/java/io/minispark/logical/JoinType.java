package io.minispark.logical;

import java.util.Locale;

/** How unmatched rows of a join are treated. */
public enum JoinType {
    INNER, LEFT, RIGHT, FULL, CROSS;

    public static JoinType parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "")) {
            case "inner" -> INNER;
            case "left", "leftouter" -> LEFT;
            case "right", "rightouter" -> RIGHT;
            case "full", "fullouter", "outer" -> FULL;
            case "cross" -> CROSS;
            default -> throw new IllegalArgumentException("unknown join type \"" + text
                    + "\"; expected one of inner, left, right, full, cross");
        };
    }

    public boolean preservesLeft() {
        return this == LEFT || this == FULL;
    }

    public boolean preservesRight() {
        return this == RIGHT || this == FULL;
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
