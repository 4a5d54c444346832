package io.minispark.logical;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins two inputs on a condition (null for CROSS); output is left's columns then right's, or only
 * left's for semi and anti joins.
 */
public record Join(LogicalPlan left, LogicalPlan right, JoinType joinType, Expression condition) implements LogicalPlan {
    @Override
    public List<Attribute> output() {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : left.output()) {
            out.add(joinType.preservesRight() ? a.withNullable(true) : a);
        }
        if (!joinType.outputsRight()) {
            return out;
        }
        for (Attribute a : right.output()) {
            out.add(joinType.preservesLeft() ? a.withNullable(true) : a);
        }
        return out;
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public LogicalPlan withChildren(List<LogicalPlan> c) {
        return new Join(c.get(0), c.get(1), joinType, condition);
    }

    @Override
    public String describe() {
        return "Join(" + (condition == null ? "" : condition + ", ") + "\"" + joinType.sqlName() + "\")";
    }
}
