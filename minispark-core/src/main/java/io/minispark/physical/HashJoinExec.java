package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.logical.JoinType;
import java.util.List;

/**
 * An equi-join: the build side is loaded into a hash table on its keys, the other side streams
 * through it. {@code residual} holds the non-equality part of the condition. Output is left's
 * columns then right's.
 */
public record HashJoinExec(PhysicalPlan left, PhysicalPlan right, JoinType joinType, List<Expression> leftKeys,
                           List<Expression> rightKeys, Expression residual, BuildSide buildSide, boolean broadcast,
                           List<Attribute> output) implements PhysicalPlan {
    public HashJoinExec {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> c) {
        return new HashJoinExec(c.get(0), c.get(1), joinType, leftKeys, rightKeys, residual, buildSide, broadcast, output);
    }

    @Override
    public String describe() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < leftKeys.size(); i++) {
            if (i > 0) {
                keys.append(" AND ");
            }
            keys.append('(').append(leftKeys.get(i)).append(") == (").append(rightKeys.get(i)).append(')');
        }
        if (residual != null) {
            keys.append(" AND ").append(residual);
        }
        return (broadcast ? "BroadcastHashJoin(" : "HashJoin(") + keys + ", \"" + joinType.sqlName() + "\", build: "
                + buildSide.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

}
