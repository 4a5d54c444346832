package io.minispark.logical;

import io.minispark.io.TableRef;
import io.minispark.io.TableFormat;
import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builders for logical plans and bound expressions in tests: the sample tables' scans, column
 * references looked up by name in a plan's output, literals, and the common operators.
 */
public final class TestPlans {
    public static final Schema USERS_SCHEMA = Schema.of(
            new Field("user_id", DataType.INT),
            new Field("first_name", DataType.STRING),
            new Field("last_name", DataType.STRING),
            new Field("age", DataType.INT),
            new Field("country", DataType.STRING));
    public static final Schema ORDERS_SCHEMA = Schema.of(
            new Field("order_id", DataType.INT),
            new Field("user_id", DataType.INT),
            new Field("product", DataType.STRING),
            new Field("quantity", DataType.INT),
            new Field("price", DataType.DOUBLE),
            new Field("order_date", DataType.TIMESTAMP));

    private TestPlans() {
    }

    public static TableRef table(String name, Schema schema) {
        return new TableRef(name, "../data/sample/" + name + ".csv", TableFormat.CSV, schema);
    }

    /** A scan of every column of the table, qualified by the table's name (as {@code Session.table} does). */
    public static Scan scan(TableRef table) {
        List<Integer> columns = new ArrayList<>();
        List<Attribute> output = new ArrayList<>();
        for (int i = 0; i < table.schema().size(); i++) {
            Field f = table.schema().field(i);
            columns.add(i);
            output.add(Attribute.create(table.name(), f.name(), f.type(), f.nullable()));
        }
        return new Scan(table, columns, output, List.of());
    }

    /** A fresh scan of the sample users table (new attribute ids on every call). */
    public static Scan users() {
        return scan(table("users", USERS_SCHEMA));
    }

    /** A fresh scan of the sample orders table (new attribute ids on every call). */
    public static Scan orders() {
        return scan(table("orders", ORDERS_SCHEMA));
    }

    /** The output attribute of {@code plan} named {@code name} ("age" or "users.age"); exactly one must match. */
    public static Attribute attr(LogicalPlan plan, String name) {
        List<Attribute> found = plan.output().stream()
                .filter(a -> a.qualifiedName().equals(name) || a.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one column \"" + name + "\" in " + plan.output() + ", found " + found);
        }
        return found.get(0);
    }

    public static ColumnRef col(LogicalPlan plan, String name) {
        return new ColumnRef(attr(plan, name));
    }

    public static Literal lit(Object value) {
        return switch (value) {
            case null -> Literal.nullOf(DataType.NULL);
            case Integer i -> new Literal(i, DataType.INT);
            case Long l -> new Literal(l, DataType.BIGINT);
            case Double d -> new Literal(d, DataType.DOUBLE);
            case String s -> new Literal(s, DataType.STRING);
            case Boolean b -> b ? Literal.TRUE : Literal.FALSE;
            default -> throw new IllegalArgumentException(value.getClass().getName());
        };
    }

    public static Comparison eq(Expression l, Expression r) {
        return new Comparison(Comparison.Op.EQ, l, r);
    }

    public static Comparison gt(Expression l, Expression r) {
        return new Comparison(Comparison.Op.GT, l, r);
    }

    public static Comparison lt(Expression l, Expression r) {
        return new Comparison(Comparison.Op.LT, l, r);
    }

    public static Expression and(Expression... conjuncts) {
        return Expressions.conjunction(Arrays.asList(conjuncts));
    }

    public static Or or(Expression l, Expression r) {
        return new Or(l, r);
    }

    public static Arithmetic plus(Expression l, Expression r) {
        return new Arithmetic(Arithmetic.Op.ADD, l, r, l.type());
    }

    public static Arithmetic times(Expression l, Expression r) {
        return new Arithmetic(Arithmetic.Op.MULTIPLY, l, r, l.type());
    }

    /** A computed column with a new attribute. */
    public static NamedExpression as(Expression e, String name) {
        return new NamedExpression(e, Attribute.create(null, name, e.type(), e.nullable()));
    }

    /** A Project passing the named columns of the child through. */
    public static Project project(LogicalPlan child, String... names) {
        return new Project(child, Arrays.stream(names).map(n -> NamedExpression.of(attr(child, n))).toList());
    }

    public static Filter filter(LogicalPlan child, Expression condition) {
        return new Filter(child, condition);
    }

    public static Join join(LogicalPlan left, LogicalPlan right, JoinType type, Expression condition) {
        return new Join(left, right, type, condition);
    }
}
