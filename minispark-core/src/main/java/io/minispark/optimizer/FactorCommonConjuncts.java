package io.minispark.optimizer;

import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Or;
import io.minispark.logical.Plans;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code (a AND b) OR (a AND c)} becomes {@code a AND (b OR c)}. Conditions written as a disjunction
 * of cases that all repeat the join key (TPC-H Q19) then expose that key as an equality the join can
 * hash on, instead of comparing every pair of rows.
 */
final class FactorCommonConjuncts implements Rule {
    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        return Plans.transformUp(plan, node -> {
            List<Expression> before = Plans.expressions(node);
            LogicalPlan after = Plans.mapExpressions(node, FactorCommonConjuncts::factor);
            return Plans.expressions(after).equals(before) ? node : after;
        });
    }

    static Expression factor(Expression e) {
        return Expressions.transformUp(e, node -> node instanceof Or or ? factorOr(or) : node);
    }

    private static Expression factorOr(Or or) {
        List<Expression> disjuncts = new ArrayList<>();
        flatten(or, disjuncts);
        List<List<Expression>> branches = disjuncts.stream().map(Expressions::splitConjuncts).toList();
        Set<Expression> common = new LinkedHashSet<>(branches.get(0));
        for (List<Expression> branch : branches) {
            common.retainAll(branch);
        }
        if (common.isEmpty()) {
            return or;
        }
        List<Expression> rest = new ArrayList<>();
        for (List<Expression> branch : branches) {
            List<Expression> remaining = branch.stream().filter(c -> !common.contains(c)).toList();
            if (remaining.isEmpty()) {
                // One case needs nothing beyond the common part, so the disjunction is implied by it.
                return Expressions.conjunction(new ArrayList<>(common));
            }
            rest.add(Expressions.conjunction(remaining));
        }
        Expression disjunction = rest.get(0);
        for (int i = 1; i < rest.size(); i++) {
            disjunction = new Or(disjunction, rest.get(i));
        }
        List<Expression> conjuncts = new ArrayList<>(common);
        conjuncts.add(disjunction);
        return Expressions.conjunction(conjuncts);
    }

    private static void flatten(Expression e, List<Expression> out) {
        if (e instanceof Or or) {
            flatten(or.left(), out);
            flatten(or.right(), out);
        } else {
            out.add(e);
        }
    }
}
