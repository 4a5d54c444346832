package io.minispark.exec.operator;

import io.minispark.logical.JoinType;

/**
 * The join types the join operators execute, in left/right terms whichever side is built. CROSS
 * joins run as INNER joins without keys; semi and anti joins output only the left columns.
 */
public enum PhysicalJoinType {
    INNER,
    LEFT_OUTER,
    RIGHT_OUTER,
    FULL_OUTER,
    /** Left rows with at least one matching right row, each once. */
    LEFT_SEMI,
    /** Left rows without any matching right row. */
    LEFT_ANTI;

    public static PhysicalJoinType of(JoinType type) {
        return switch (type) {
            case INNER, CROSS -> INNER;
            case LEFT -> LEFT_OUTER;
            case RIGHT -> RIGHT_OUTER;
            case FULL -> FULL_OUTER;
            case LEFT_SEMI -> LEFT_SEMI;
            case LEFT_ANTI -> LEFT_ANTI;
        };
    }

    /** Whether unmatched left rows appear in the output (NULL-extended, or alone for an anti join). */
    public boolean keepsUnmatchedLeft() {
        return this == LEFT_OUTER || this == FULL_OUTER || this == LEFT_ANTI;
    }

    /** Whether unmatched right rows appear in the output, NULL-extended on the left. */
    public boolean keepsUnmatchedRight() {
        return this == RIGHT_OUTER || this == FULL_OUTER;
    }

    /** Whether the output holds each matching pair (every type but semi and anti). */
    public boolean outputsPairs() {
        return this != LEFT_SEMI && this != LEFT_ANTI;
    }

    /** Whether the output has the right side's columns. */
    public boolean outputsRightColumns() {
        return outputsPairs();
    }
}
