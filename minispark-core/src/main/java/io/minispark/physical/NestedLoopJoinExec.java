package io.minispark.physical;

import io.minispark.logical.Attribute;
import io.minispark.logical.Expression;
import io.minispark.logical.JoinType;
import java.util.List;

/** A join without equality keys: every streamed row is paired with every buffered build row. */
public record NestedLoopJoinExec(PhysicalPlan left, PhysicalPlan right, JoinType joinType, Expression condition,
                                 BuildSide buildSide, List<Attribute> output) implements PhysicalPlan {
    public NestedLoopJoinExec {
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withChildren(List<PhysicalPlan> c) {
        return new NestedLoopJoinExec(c.get(0), c.get(1), joinType, condition, buildSide, output);
    }

    @Override
    public String describe() {
        return "NestedLoopJoin(" + (condition == null ? "" : condition + ", ") + "\"" + joinType.sqlName() + "\", build: "
                + buildSide.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
