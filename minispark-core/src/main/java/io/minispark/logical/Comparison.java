package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/** {@code left op right} over two values of the same type; NULL if either side is NULL. */
public record Comparison(Op op, Expression left, Expression right) implements Expression {
    public enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        public final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator that gives the same answer with the operands swapped. */
        public Op flip() {
            return switch (this) {
                case EQ -> EQ;
                case NE -> NE;
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
            };
        }
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new Comparison(op, c.get(0), c.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " " + op.symbol + " " + right + ")";
    }
}
