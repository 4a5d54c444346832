package io.minispark.analysis;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Aggregate;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.And;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.Filter;
import io.minispark.logical.Literal;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.Union;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * UNION [ALL], INTERSECT and EXCEPT over two queries with as many columns, each pair of columns cast
 * to their common type; the result's columns are named after the left query's. UNION ALL is a {@link
 * Union}; UNION adds a distinct aggregation. INTERSECT and EXCEPT (distinct, NULLs equal) tag each
 * side's rows, union them, and keep the groups of rows found on both sides, or on the left only.
 */
public final class SetOperations {
    /** Which set operation. */
    public enum Kind { UNION, INTERSECT, EXCEPT }

    private SetOperations() {
    }

    public static LogicalPlan combine(Kind kind, boolean all, LogicalPlan left, LogicalPlan right) {
        if (left.output().size() != right.output().size()) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "the queries of " + kind + " must have the same number"
                    + " of columns, not " + left.output().size() + " and " + right.output().size());
        }
        if (FreshAttributes.overlap(left.output(), right.output())) {
            right = FreshAttributes.reinstance(right);
        }
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < left.output().size(); i++) {
            DataType l = left.output().get(i).type();
            DataType r = right.output().get(i).type();
            DataType common = TypeCoercion.commonType(l, r);
            if (common == null) {
                throw new MinisparkException(ErrorCode.TYPE_MISMATCH, "column " + (i + 1) + " of " + kind
                        + " has incompatible types " + l + " and " + r);
            }
            types.add(common.kind() == TypeKind.NULL ? DataType.STRING : common);
        }
        return switch (kind) {
            case UNION -> {
                LogicalPlan union = unionAll(castTo(left, types, List.of()), castTo(right, types, List.of()), types, left, right);
                yield all ? union : Analyzer.distinct(union);
            }
            case INTERSECT, EXCEPT -> {
                if (all) {
                    throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "not supported: " + kind + " ALL");
                }
                yield intersectOrExcept(kind, left, right, types);
            }
        };
    }

    private static LogicalPlan unionAll(LogicalPlan castLeft, LogicalPlan castRight, List<DataType> types,
                                        LogicalPlan left, LogicalPlan right) {
        List<Attribute> output = new ArrayList<>();
        for (int i = 0; i < castLeft.output().size(); i++) {
            Attribute l = castLeft.output().get(i);
            boolean nullable = l.nullable() || castRight.output().get(i).nullable();
            String name = i < left.output().size() ? left.output().get(i).name() : l.name();
            output.add(Attribute.create(null, name, i < types.size() ? types.get(i) : l.type(), nullable));
        }
        return new Union(List.of(castLeft, castRight), output);
    }

    /** The input with its columns cast to {@code types}, followed by {@code extra} constant columns. */
    private static LogicalPlan castTo(LogicalPlan input, List<DataType> types, List<NamedExpression> extra) {
        List<NamedExpression> projections = new ArrayList<>();
        boolean identity = extra.isEmpty();
        for (int i = 0; i < types.size(); i++) {
            Attribute a = input.output().get(i);
            if (a.type().equals(types.get(i))) {
                projections.add(NamedExpression.of(a));
            } else {
                Expression cast = TypeCoercion.castTo(new ColumnRef(a), types.get(i), io.minispark.errors.SourcePosition.UNKNOWN);
                projections.add(new NamedExpression(cast, Attribute.create(null, a.name(), types.get(i), a.nullable())));
                identity = false;
            }
        }
        projections.addAll(extra);
        return identity ? input : new Project(input, projections);
    }

    private static LogicalPlan intersectOrExcept(Kind kind, LogicalPlan left, LogicalPlan right, List<DataType> types) {
        LogicalPlan tagged = unionAll(castTo(left, types, tags(1, 0)), castTo(right, types, tags(0, 1)),
                types, left, right);
        List<Attribute> columns = tagged.output().subList(0, types.size());
        Attribute inLeft = tagged.output().get(types.size());
        Attribute inRight = tagged.output().get(types.size() + 1);
        NamedExpression leftSeen = seen(inLeft);
        NamedExpression rightSeen = seen(inRight);
        LogicalPlan grouped = new Aggregate(tagged, columns.stream().map(NamedExpression::of).toList(),
                List.of(leftSeen, rightSeen));
        Expression onLeft = new Comparison(Comparison.Op.EQ, new ColumnRef(leftSeen.output()), new Literal(1, DataType.INT));
        Expression onRight = new Comparison(Comparison.Op.EQ, new ColumnRef(rightSeen.output()),
                new Literal(kind == Kind.INTERSECT ? 1 : 0, DataType.INT));
        LogicalPlan kept = new Filter(grouped, new And(onLeft, onRight));
        return new Project(kept, columns.stream().map(NamedExpression::of).toList());
    }

    private static List<NamedExpression> tags(int left, int right) {
        return List.of(
                new NamedExpression(new Literal(left, DataType.INT), Attribute.create(null, "in_left", DataType.INT, false)),
                new NamedExpression(new Literal(right, DataType.INT), Attribute.create(null, "in_right", DataType.INT, false)));
    }

    private static NamedExpression seen(Attribute tag) {
        return new NamedExpression(new AggregateCall(AggregateCall.Function.MAX, new ColumnRef(tag), false, DataType.INT),
                Attribute.create(null, "max_" + tag.name(), DataType.INT, true));
    }
}
