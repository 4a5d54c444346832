package io.minispark.analysis;

import io.minispark.errors.SourcePosition;
import io.minispark.types.DataType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An expression as a user wrote it (through the DataFrame API or SQL): names not yet looked up, no
 * types, no implicit casts. The {@link Binder} turns it into a bound {@code logical.Expression}.
 */
public sealed interface UnresolvedExpression {
    SourcePosition position();

    /** A column by optional qualifier and name; name "*" is a star. */
    record Column(String qualifier, String name, SourcePosition position) implements UnresolvedExpression {
        public boolean isStar() {
            return name.equals("*");
        }

        @Override
        public String toString() {
            return qualifier == null ? name : qualifier + "." + name;
        }
    }

    /** A constant in storage form (see {@code logical.Literal}). */
    record Literal(Object value, DataType type, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return new io.minispark.logical.Literal(value, type).toString();
        }
    }

    /** Binary operators as written; coercion decides what they mean (e.g. STRING + STRING concatenates). */
    enum BinaryOperator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"),
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        AND("AND"), OR("OR"), CONCAT("||");

        public final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    record Binary(BinaryOperator operator, UnresolvedExpression left, UnresolvedExpression right, SourcePosition position)
            implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(" + left + " " + operator.symbol + " " + right + ")";
        }
    }

    record Not(UnresolvedExpression child, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(NOT " + child + ")";
        }
    }

    record Negate(UnresolvedExpression child, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(- " + child + ")";
        }
    }

    record IsNull(UnresolvedExpression child, boolean negated, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(" + child + (negated ? " IS NOT NULL)" : " IS NULL)");
        }
    }

    record Like(UnresolvedExpression child, UnresolvedExpression pattern, boolean negated, SourcePosition position)
            implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(" + child + (negated ? " NOT LIKE " : " LIKE ") + pattern + ")";
        }
    }

    record Between(UnresolvedExpression child, UnresolvedExpression lower, UnresolvedExpression upper, boolean negated,
                   SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(" + child + (negated ? " NOT BETWEEN " : " BETWEEN ") + lower + " AND " + upper + ")";
        }
    }

    record In(UnresolvedExpression child, List<UnresolvedExpression> list, boolean negated, SourcePosition position)
            implements UnresolvedExpression {
        @Override
        public String toString() {
            return "(" + child + (negated ? " NOT IN " : " IN ")
                    + list.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")")) + ")";
        }
    }

    /** CASE [operand] WHEN .. THEN .. [ELSE ..] END; operand and elseValue may be null. */
    record Case(UnresolvedExpression operand, List<UnresolvedExpression> whens, List<UnresolvedExpression> thens,
                UnresolvedExpression elseValue, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("CASE");
            if (operand != null) {
                out.append(' ').append(operand);
            }
            for (int i = 0; i < whens.size(); i++) {
                out.append(" WHEN ").append(whens.get(i)).append(" THEN ").append(thens.get(i));
            }
            if (elseValue != null) {
                out.append(" ELSE ").append(elseValue);
            }
            return out.append(" END").toString();
        }
    }

    record Cast(UnresolvedExpression child, DataType type, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "CAST(" + child + " AS " + type + ")";
        }
    }

    /** A function call by name; aggregates included. COUNT() and COUNT(*) have no arguments. */
    record Function(String name, List<UnresolvedExpression> arguments, boolean distinct, SourcePosition position)
            implements UnresolvedExpression {
        @Override
        public String toString() {
            String args = arguments.isEmpty() && name.equalsIgnoreCase("count") ? "*"
                    : arguments.stream().map(Object::toString).collect(Collectors.joining(", "));
            return name.toLowerCase(java.util.Locale.ROOT) + "(" + (distinct ? "DISTINCT " : "") + args + ")";
        }
    }

    record Alias(UnresolvedExpression child, String name, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return child + " AS " + name;
        }
    }

    /** What a subquery in an expression stands for. */
    enum SubqueryKind { SCALAR, EXISTS, IN }

    /**
     * A subquery in an expression: a scalar value, EXISTS, or {@code value IN (subquery)} (value is
     * null for the other kinds; NOT EXISTS and NOT IN are a {@link Not} of it). The plan is built
     * when the expression is bound, because only then is the enclosing query's scope known.
     */
    record Subquery(SubqueryKind kind, UnresolvedExpression value, SubqueryPlanner planner, String text,
                    SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return switch (kind) {
                case SCALAR -> "(" + text + ")";
                case EXISTS -> "EXISTS (" + text + ")";
                case IN -> "(" + value + " IN (" + text + "))";
            };
        }
    }

    /** The units of an INTERVAL literal; a year is twelve months. */
    enum IntervalUnit { DAY, MONTH, YEAR }

    /** {@code INTERVAL 'n' unit}: only meaningful added to or subtracted from a DATE. */
    record Interval(long amount, IntervalUnit unit, SourcePosition position) implements UnresolvedExpression {
        @Override
        public String toString() {
            return "INTERVAL '" + amount + "' " + unit;
        }
    }

    /** A sort key; only meaningful at the top of an ORDER BY item. */
    record SortKey(UnresolvedExpression child, boolean ascending, boolean nullsFirst, SourcePosition position)
            implements UnresolvedExpression {
        @Override
        public String toString() {
            return child + (ascending ? " ASC" : " DESC");
        }
    }
}
