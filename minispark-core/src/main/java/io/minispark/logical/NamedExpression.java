package io.minispark.logical;

import java.io.Serializable;

/** An expression together with the attribute it produces in its node's output. */
public record NamedExpression(Expression expression, Attribute output) implements Serializable {
    /** A column passed through under its own identity. */
    public static NamedExpression of(Attribute attribute) {
        return new NamedExpression(new ColumnRef(attribute), attribute);
    }

    /** True when this just forwards an input column unchanged. */
    public boolean isPassThrough() {
        return expression instanceof ColumnRef ref && ref.attribute().id() == output.id();
    }

    @Override
    public String toString() {
        if (isPassThrough()) {
            return output.qualifiedName();
        }
        return expression + " AS " + output.qualifiedName();
    }
}
