package io.minispark.optimizer;

import io.minispark.logical.ColumnRef;
import io.minispark.logical.Expression;
import io.minispark.logical.Expressions;
import io.minispark.logical.NamedExpression;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces references to named outputs by the expressions that compute them. */
final class Substitution {
    private final Map<Long, Expression> definitions = new HashMap<>();

    Substitution(List<NamedExpression> named) {
        for (NamedExpression n : named) {
            definitions.put(n.output().id(), n.expression());
        }
    }

    Expression apply(Expression e) {
        return Expressions.transformUp(e, node -> node instanceof ColumnRef ref && definitions.containsKey(ref.attribute().id())
                ? definitions.get(ref.attribute().id()) : node);
    }
}
