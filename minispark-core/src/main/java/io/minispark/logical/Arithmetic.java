package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;

/**
 * {@code left op right} over numbers of one type (the result type; DIVIDE yields DOUBLE). DECIMAL
 * operands are the exception: each keeps its own precision and scale, and the result type follows
 * {@link io.minispark.analysis.DecimalTyping}.
 */
public record Arithmetic(Op op, Expression left, Expression right, DataType type) implements Expression {
    public enum Op {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%");

        public final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    @Override
    public boolean nullable() {
        // MODULO is declared nullable, conservatively (modulo by zero is a DIVISION_BY_ZERO error, not
        // NULL, on both paths); DIVIDE follows IEEE (Infinity, NaN).
        return left.nullable() || right.nullable() || op == Op.MODULO;
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new Arithmetic(op, c.get(0), c.get(1), type);
    }

    @Override
    public String toString() {
        return "(" + left + " " + op.symbol + " " + right + ")";
    }
}
