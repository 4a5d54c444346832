package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.List;
import java.util.stream.Collectors;

/** String concatenation of STRING operands; NULL if any operand is NULL. */
public record Concat(List<Expression> operands) implements Expression {
    public Concat {
        operands = List.copyOf(operands);
    }

    @Override
    public DataType type() {
        return DataType.STRING;
    }

    @Override
    public boolean nullable() {
        return operands.stream().anyMatch(Expression::nullable);
    }

    @Override
    public List<Expression> children() {
        return operands;
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new Concat(c);
    }

    @Override
    public String toString() {
        return operands.stream().map(Object::toString).collect(Collectors.joining(" || ", "(", ")"));
    }
}
