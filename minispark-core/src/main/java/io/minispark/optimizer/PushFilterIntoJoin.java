package io.minispark.optimizer;

import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.Filter;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves conditions to where they filter earliest without changing the join's meaning: a WHERE
 * conjunct on one side goes below the join when that side is not null-extended; a conjunct on both
 * sides becomes part of an inner join's condition; a join condition on the non-preserved side alone
 * goes below the join.
 */
final class PushFilterIntoJoin implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformDown(plan, node -> switch (node) {
            case Filter f when f.child() instanceof Join join -> pushWhere(f, join);
            case Join join when join.condition() != null -> pushOn(join);
            default -> node;
        });
    }

    private static LogicalPlan pushWhere(Filter filter, Join join) {
        Set<Long> leftIds = Expressions.ids(join.left().output());
        Set<Long> rightIds = Expressions.ids(join.right().output());
        boolean inner = join.joinType() == JoinType.INNER || join.joinType() == JoinType.CROSS;
        List<Expression> toLeft = new ArrayList<>();
        List<Expression> toRight = new ArrayList<>();
        List<Expression> toCondition = new ArrayList<>();
        List<Expression> remaining = new ArrayList<>();
        for (Expression c : Expressions.splitConjuncts(filter.condition())) {
            Set<Long> refs = Expressions.references(c);
            if (refs.isEmpty()) {
                remaining.add(c);
            } else if (leftIds.containsAll(refs) && !join.joinType().preservesRight()) {
                toLeft.add(c);
            } else if (rightIds.containsAll(refs) && !join.joinType().preservesLeft()) {
                toRight.add(c);
            } else if (inner) {
                toCondition.add(c);
            } else {
                remaining.add(c);
            }
        }
        if (toLeft.isEmpty() && toRight.isEmpty() && toCondition.isEmpty()) {
            return filter;
        }
        LogicalPlan left = toLeft.isEmpty() ? join.left() : new Filter(join.left(), Expressions.conjunction(toLeft));
        LogicalPlan right = toRight.isEmpty() ? join.right() : new Filter(join.right(), Expressions.conjunction(toRight));
        List<Expression> condition = new ArrayList<>();
        if (join.condition() != null) {
            condition.add(join.condition());
        }
        condition.addAll(toCondition);
        JoinType type = join.joinType() == JoinType.CROSS && !condition.isEmpty() ? JoinType.INNER : join.joinType();
        LogicalPlan newJoin = new Join(left, right, type, Expressions.conjunction(condition));
        return remaining.isEmpty() ? newJoin : new Filter(newJoin, Expressions.conjunction(remaining));
    }

    private static LogicalPlan pushOn(Join join) {
        Set<Long> leftIds = Expressions.ids(join.left().output());
        Set<Long> rightIds = Expressions.ids(join.right().output());
        JoinType type = join.joinType();
        List<Expression> toLeft = new ArrayList<>();
        List<Expression> toRight = new ArrayList<>();
        List<Expression> kept = new ArrayList<>();
        for (Expression c : Expressions.splitConjuncts(join.condition())) {
            Set<Long> refs = Expressions.references(c);
            if (!refs.isEmpty() && leftIds.containsAll(refs)
                    && (type == JoinType.INNER || type == JoinType.RIGHT || type == JoinType.LEFT_SEMI)) {
                toLeft.add(c);
            } else if (!refs.isEmpty() && rightIds.containsAll(refs) && (type == JoinType.INNER || type == JoinType.LEFT
                    || type == JoinType.LEFT_SEMI || type == JoinType.LEFT_ANTI)) {
                toRight.add(c);
            } else {
                kept.add(c);
            }
        }
        if (toLeft.isEmpty() && toRight.isEmpty()) {
            return join;
        }
        LogicalPlan left = toLeft.isEmpty() ? join.left() : new Filter(join.left(), Expressions.conjunction(toLeft));
        LogicalPlan right = toRight.isEmpty() ? join.right() : new Filter(join.right(), Expressions.conjunction(toRight));
        Expression condition = Expressions.conjunction(kept);
        return new Join(left, right, condition == null && type == JoinType.INNER ? JoinType.CROSS : type, condition);
    }
}
