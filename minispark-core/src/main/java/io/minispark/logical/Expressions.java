package io.minispark.logical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Tree utilities over bound expressions: rewriting, collecting references, splitting conjunctions. */
public final class Expressions {
    private Expressions() {
    }

    /** Rewrites bottom-up: children first, then {@code rule} on the rebuilt node. */
    public static Expression transformUp(Expression e, Function<Expression, Expression> rule) {
        List<Expression> children = e.children();
        Expression rebuilt = e;
        if (!children.isEmpty()) {
            List<Expression> newChildren = new ArrayList<>(children.size());
            boolean changed = false;
            for (Expression c : children) {
                Expression n = transformUp(c, rule);
                changed |= n != c;
                newChildren.add(n);
            }
            if (changed) {
                rebuilt = e.withChildren(newChildren);
            }
        }
        return rule.apply(rebuilt);
    }

    /** Rewrites top-down: {@code rule} first; where it returns a different node, that node is kept as is. */
    public static Expression transformDown(Expression e, Function<Expression, Expression> rule) {
        Expression replaced = rule.apply(e);
        if (replaced != e) {
            return replaced;
        }
        List<Expression> children = e.children();
        if (children.isEmpty()) {
            return e;
        }
        List<Expression> newChildren = new ArrayList<>(children.size());
        boolean changed = false;
        for (Expression c : children) {
            Expression n = transformDown(c, rule);
            changed |= n != c;
            newChildren.add(n);
        }
        return changed ? e.withChildren(newChildren) : e;
    }

    /** The ids of all attributes referenced. */
    public static Set<Long> references(Expression e) {
        Set<Long> out = new LinkedHashSet<>();
        collectReferences(e, out);
        return out;
    }

    private static void collectReferences(Expression e, Set<Long> out) {
        if (e instanceof ColumnRef ref) {
            out.add(ref.attribute().id());
        }
        for (Expression c : e.children()) {
            collectReferences(c, out);
        }
    }

    public static boolean containsAggregate(Expression e) {
        if (e instanceof AggregateCall) {
            return true;
        }
        for (Expression c : e.children()) {
            if (containsAggregate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The conjuncts of an AND tree, in order. */
    public static List<Expression> splitConjuncts(Expression e) {
        List<Expression> out = new ArrayList<>();
        splitConjuncts(e, out);
        return out;
    }

    private static void splitConjuncts(Expression e, List<Expression> out) {
        if (e instanceof And and) {
            splitConjuncts(and.left(), out);
            splitConjuncts(and.right(), out);
        } else {
            out.add(e);
        }
    }

    /** The AND of the conjuncts, or null when there are none. */
    public static Expression conjunction(List<Expression> conjuncts) {
        Expression out = null;
        for (Expression c : conjuncts) {
            out = out == null ? c : new And(out, c);
        }
        return out;
    }

    /** The set of attribute ids a list of attributes holds. */
    public static Set<Long> ids(List<Attribute> attributes) {
        Set<Long> out = new LinkedHashSet<>();
        for (Attribute a : attributes) {
            out.add(a.id());
        }
        return out;
    }
}
