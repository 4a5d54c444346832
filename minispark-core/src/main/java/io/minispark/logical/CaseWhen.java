package io.minispark.logical;

import io.minispark.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE e END}: the first condition that is TRUE (not NULL) picks its
 * value. Children are laid out as c1, v1, c2, v2, ..., else.
 */
public record CaseWhen(List<Expression> conditions, List<Expression> values, Expression elseValue, DataType type)
        implements Expression {
    public CaseWhen {
        conditions = List.copyOf(conditions);
        values = List.copyOf(values);
    }

    @Override
    public boolean nullable() {
        return elseValue.nullable() || values.stream().anyMatch(Expression::nullable);
    }

    @Override
    public List<Expression> children() {
        List<Expression> out = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            out.add(conditions.get(i));
            out.add(values.get(i));
        }
        out.add(elseValue);
        return out;
    }

    @Override
    public Expression withChildren(List<Expression> c) {
        List<Expression> conds = new ArrayList<>();
        List<Expression> vals = new ArrayList<>();
        for (int i = 0; i + 1 < c.size(); i += 2) {
            conds.add(c.get(i));
            vals.add(c.get(i + 1));
        }
        return new CaseWhen(conds, vals, c.get(c.size() - 1), type);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            out.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(values.get(i));
        }
        return out.append(" ELSE ").append(elseValue).append(" END").toString();
    }
}
