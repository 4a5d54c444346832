package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code child [NOT] IN (v1, v2, ...)} with SQL semantics: NULL when no value matches and either the
 * child or some list value is NULL.
 */
public record InList(Expression child, List<Expression> list, boolean negated) implements Expression {
    public InList {
        list = List.copyOf(list);
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public boolean nullable() {
        return child.nullable() || list.stream().anyMatch(Expression::nullable);
    }

    @Override
    public List<Expression> children() {
        List<Expression> out = new ArrayList<>();
        out.add(child);
        out.addAll(list);
        return out;
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        return new InList(c.get(0), c.subList(1, c.size()), negated);
    }

    @Override
    public String toString() {
        return "(" + child + (negated ? " NOT IN " : " IN ")
                + list.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")")) + ")";
    }
}
