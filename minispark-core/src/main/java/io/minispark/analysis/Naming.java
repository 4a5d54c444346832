package io.minispark.analysis;

import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.NamedExpression;

/** Decides the output column a bound expression produces: its alias, the column itself, or its text. */
final class Naming {
    private Naming() {
    }

    static NamedExpression name(UnresolvedExpression written, Expression bound) {
        if (written instanceof UnresolvedExpression.Alias alias) {
            return new NamedExpression(bound, Attribute.create(null, alias.name(), bound.type(), bound.nullable()));
        }
        if (bound instanceof ColumnRef ref) {
            return new NamedExpression(bound, ref.attribute());
        }
        return new NamedExpression(bound, Attribute.create(null, written.toString(), bound.type(), bound.nullable()));
    }

    /** True when the expression contains an aggregate function call, by name. */
    static boolean containsAggregate(UnresolvedExpression e) {
        return switch (e) {
            case UnresolvedExpression.Function f -> isAggregateName(f.name())
                    || f.arguments().stream().anyMatch(Naming::containsAggregate);
            case UnresolvedExpression.Column c -> false;
            case UnresolvedExpression.Literal l -> false;
            case UnresolvedExpression.Binary b -> containsAggregate(b.left()) || containsAggregate(b.right());
            case UnresolvedExpression.Not n -> containsAggregate(n.child());
            case UnresolvedExpression.Negate n -> containsAggregate(n.child());
            case UnresolvedExpression.IsNull n -> containsAggregate(n.child());
            case UnresolvedExpression.Like l -> containsAggregate(l.child()) || containsAggregate(l.pattern());
            case UnresolvedExpression.Between b -> containsAggregate(b.child()) || containsAggregate(b.lower())
                    || containsAggregate(b.upper());
            case UnresolvedExpression.In in -> containsAggregate(in.child())
                    || in.list().stream().anyMatch(Naming::containsAggregate);
            case UnresolvedExpression.Case c -> (c.operand() != null && containsAggregate(c.operand()))
                    || c.whens().stream().anyMatch(Naming::containsAggregate)
                    || c.thens().stream().anyMatch(Naming::containsAggregate)
                    || (c.elseValue() != null && containsAggregate(c.elseValue()));
            case UnresolvedExpression.Cast c -> containsAggregate(c.child());
            case UnresolvedExpression.Alias a -> containsAggregate(a.child());
            case UnresolvedExpression.SortKey s -> containsAggregate(s.child());
            // Aggregates inside the subquery are the subquery's own.
            case UnresolvedExpression.Subquery s -> s.value() != null && containsAggregate(s.value());
            case UnresolvedExpression.Interval i -> false;
        };
    }

    static boolean isAggregateName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "count", "sum", "avg", "mean", "min", "max" -> true;
            default -> false;
        };
    }
}
