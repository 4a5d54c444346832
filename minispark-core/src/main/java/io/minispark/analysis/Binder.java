package io.minispark.analysis;

import io.minispark.analysis.UnresolvedExpression.BinaryOperator;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.errors.SourcePosition;
import io.minispark.exec.expr.ScalarFunctions;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.And;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.Attribute;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.Comparison;
import io.minispark.logical.Concat;
import io.minispark.logical.ExistsSubquery;
import io.minispark.logical.Expression;
import io.minispark.logical.InSubquery;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.NamedExpression;
import io.minispark.logical.Project;
import io.minispark.logical.ScalarSubquery;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.logical.Negate;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns unresolved expressions into bound, typed ones: looks names up in a {@link Scope}, applies the
 * {@link TypeCoercion} rules and checks operand types. Aggregate calls are bound only where the
 * caller allows them, with their arguments looked up in the aggregation's input scope.
 */
public final class Binder {
    private final Scope scope;
    private final Scope aggregateInput;
    private final String clause;
    /** The enclosing queries' scopes, nearest first: where a subquery's unresolved names are looked up. */
    private final List<Scope> outer;

    private Binder(Scope scope, Scope aggregateInput, String clause, List<Scope> outer) {
        this.scope = scope;
        this.aggregateInput = aggregateInput;
        this.clause = clause;
        this.outer = List.copyOf(outer);
    }

    private Binder(Scope scope, Scope aggregateInput, String clause) {
        this(scope, aggregateInput, clause, List.of());
    }

    /** A binder for a clause where aggregates are not allowed ({@code clause} names it in errors). */
    public static Binder withoutAggregates(List<Attribute> input, String clause) {
        return new Binder(new Scope(input), null, clause);
    }

    /**
     * A binder for a subquery's clause: names not found in {@code input} are looked up in the
     * enclosing queries' scopes (nearest first), making the subquery correlated.
     */
    public static Binder withOuterScopes(List<Attribute> input, List<Scope> outer, String clause) {
        return new Binder(new Scope(input), null, clause, outer);
    }

    /** A binder where aggregate calls may appear; their arguments bind against {@code aggregateInput}. */
    public static Binder withAggregates(List<Attribute> input, List<Attribute> aggregateInput) {
        return new Binder(new Scope(input), new Scope(aggregateInput), "");
    }

    public Expression bind(UnresolvedExpression e) {
        return switch (e) {
            case UnresolvedExpression.Column c -> {
                if (c.isStar()) {
                    throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "\"*\" is not allowed here", c.position());
                }
                yield new io.minispark.logical.ColumnRef(resolve(c));
            }
            case UnresolvedExpression.Literal l -> new Literal(l.value(), l.type());
            case UnresolvedExpression.Alias a -> bind(a.child());
            case UnresolvedExpression.SortKey s -> bind(s.child());
            case UnresolvedExpression.Binary b -> bindBinary(b);
            case UnresolvedExpression.Not n -> new Not(requireBoolean(bind(n.child()), n.child().position(), "NOT"));
            case UnresolvedExpression.Negate n -> {
                Expression child = bind(n.child());
                if (!child.type().isNumeric() && child.type().kind() != TypeKind.NULL) {
                    throw typeError("cannot negate a value of type " + child.type(), n.position());
                }
                yield child instanceof Literal lit && lit.value() instanceof Number number
                        ? negateLiteral(lit, number) : new Negate(child);
            }
            case UnresolvedExpression.IsNull n -> new IsNull(bind(n.child()), n.negated());
            case UnresolvedExpression.Like l -> new Like(
                    requireString(bind(l.child()), l.child().position(), "LIKE"),
                    requireString(bind(l.pattern()), l.pattern().position(), "LIKE"), l.negated());
            case UnresolvedExpression.Between b -> bindBetween(b);
            case UnresolvedExpression.In in -> bindIn(in);
            case UnresolvedExpression.Case c -> bindCase(c);
            case UnresolvedExpression.Cast c -> castExplicit(bind(c.child()), c.type());
            case UnresolvedExpression.Function f -> bindFunction(f);
            case UnresolvedExpression.Subquery s -> bindSubquery(s);
            case UnresolvedExpression.Interval i -> throw typeError(
                    "an INTERVAL can only be added to or subtracted from a DATE", i.position());
        };
    }

    private Attribute resolve(UnresolvedExpression.Column c) {
        try {
            return scope.resolve(c);
        } catch (MinisparkException notHere) {
            if (notHere.code() != ErrorCode.COLUMN_NOT_FOUND) {
                throw notHere;
            }
            for (Scope enclosing : outer) {
                try {
                    return enclosing.resolve(c);
                } catch (MinisparkException e) {
                    if (e.code() != ErrorCode.COLUMN_NOT_FOUND) {
                        throw e;
                    }
                }
            }
            throw notHere;
        }
    }

    private Expression bindSubquery(UnresolvedExpression.Subquery s) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(scope);
        scopes.addAll(outer);
        LogicalPlan plan = s.planner().plan(scopes);
        if (s.kind() == UnresolvedExpression.SubqueryKind.EXISTS) {
            return new ExistsSubquery(plan);
        }
        if (plan.output().size() != 1) {
            throw typeError("a subquery used as " + (s.kind() == UnresolvedExpression.SubqueryKind.IN ? "an IN list" : "a value")
                    + " must return one column, not " + plan.output().size(), s.position());
        }
        if (s.kind() == UnresolvedExpression.SubqueryKind.SCALAR) {
            return new ScalarSubquery(plan);
        }
        Expression value = bind(s.value());
        Attribute column = plan.output().get(0);
        DataType common = TypeCoercion.commonType(value.type(), column.type());
        if (common == null) {
            throw typeError("cannot compare " + value.type() + " with the subquery's " + column.type(), s.position());
        }
        if (common.kind() == TypeKind.NULL) {
            common = DataType.INT;
        }
        if (!column.type().equals(common)) {
            Expression cast = TypeCoercion.castTo(new io.minispark.logical.ColumnRef(column), common, s.position());
            plan = new Project(plan, List.of(new NamedExpression(cast,
                    Attribute.create(null, column.name(), common, column.nullable()))));
        }
        return new InSubquery(TypeCoercion.castTo(value, common, s.position()), plan);
    }

    private static Expression castExplicit(Expression child, DataType type) {
        return child.type().equals(type) ? child : new io.minispark.logical.Cast(child, type);
    }

    private static Literal negateLiteral(Literal lit, Number number) {
        return switch (lit.type().kind()) {
            case INT -> new Literal(Math.negateExact(number.intValue()), lit.type());
            case BIGINT -> new Literal(Math.negateExact(number.longValue()), lit.type());
            // The unscaled value has at most 18 digits, so its negation always fits.
            case DECIMAL -> new Literal(-number.longValue(), lit.type());
            default -> new Literal(-number.doubleValue(), lit.type());
        };
    }

    private Expression bindBinary(UnresolvedExpression.Binary b) {
        boolean additive = b.operator() == BinaryOperator.ADD || b.operator() == BinaryOperator.SUBTRACT;
        if (additive && b.right() instanceof UnresolvedExpression.Interval interval) {
            return addInterval(bind(b.left()), interval, b.operator() == BinaryOperator.SUBTRACT, b.position());
        }
        if (b.operator() == BinaryOperator.ADD && b.left() instanceof UnresolvedExpression.Interval interval) {
            return addInterval(bind(b.right()), interval, false, b.position());
        }
        Expression left = bind(b.left());
        Expression right = bind(b.right());
        SourcePosition pos = b.position();
        return switch (b.operator()) {
            case AND -> new And(requireBoolean(left, b.left().position(), "AND"), requireBoolean(right, b.right().position(), "AND"));
            case OR -> new Or(requireBoolean(left, b.left().position(), "OR"), requireBoolean(right, b.right().position(), "OR"));
            case CONCAT -> concat(List.of(left, right), pos);
            case EQ, NE, LT, LE, GT, GE -> {
                Expression[] both = TypeCoercion.unify(left, right, pos, "compare");
                yield new Comparison(comparisonOp(b.operator()), both[0], both[1]);
            }
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> arithmetic(b.operator(), left, right, pos);
        };
    }

    /** DATE +/- INTERVAL: a day or month addition (a year is twelve months); constant dates fold at planning. */
    private static Expression addInterval(Expression date, UnresolvedExpression.Interval interval, boolean subtract,
                                          SourcePosition pos) {
        if (date.type().kind() == TypeKind.NULL) {
            date = TypeCoercion.castTo(date, DataType.DATE, pos);
        }
        if (date.type().kind() != TypeKind.DATE) {
            throw typeError("an INTERVAL can only be added to or subtracted from a DATE, not " + date.type(), pos);
        }
        long amount = switch (interval.unit()) {
            case DAY, MONTH -> interval.amount();
            case YEAR -> Math.multiplyExact(interval.amount(), 12L);
        };
        ScalarFunction.Function function = interval.unit() == UnresolvedExpression.IntervalUnit.DAY
                ? ScalarFunction.Function.ADD_DAYS : ScalarFunction.Function.ADD_MONTHS;
        Literal signed = new Literal(subtract ? -amount : amount, DataType.BIGINT);
        return new ScalarFunction(function, List.of(date, signed), DataType.DATE);
    }

    private Expression arithmetic(BinaryOperator operator, Expression left, Expression right, SourcePosition pos) {
        if (operator == BinaryOperator.ADD && (left.type().kind() == TypeKind.STRING || right.type().kind() == TypeKind.STRING)) {
            // The seed's dialect concatenates strings with '+'.
            if (left.type().kind() == TypeKind.STRING && right.type().kind() == TypeKind.STRING) {
                return concat(List.of(left, right), pos);
            }
        }
        DataType common = TypeCoercion.commonType(left.type(), right.type());
        if (common == null || !(common.isNumeric() || common.kind() == TypeKind.NULL)) {
            throw typeError("cannot apply " + operator.symbol + " to " + left.type() + " and " + right.type(), pos);
        }
        if (common.kind() == TypeKind.NULL) {
            common = DataType.INT;
        }
        Arithmetic.Op op = arithmeticOp(operator);
        if (common.isDecimal()) {
            return decimalArithmetic(op, left, right, pos);
        }
        DataType operandType = operator == BinaryOperator.DIVIDE ? DataType.DOUBLE : common;
        return new Arithmetic(op, TypeCoercion.castTo(left, operandType, pos), TypeCoercion.castTo(right, operandType, pos), operandType);
    }

    private static Arithmetic.Op arithmeticOp(BinaryOperator operator) {
        return switch (operator) {
            case ADD -> Arithmetic.Op.ADD;
            case SUBTRACT -> Arithmetic.Op.SUBTRACT;
            case MULTIPLY -> Arithmetic.Op.MULTIPLY;
            case DIVIDE -> Arithmetic.Op.DIVIDE;
            default -> Arithmetic.Op.MODULO;
        };
    }

    /**
     * Arithmetic with a decimal operand and no DOUBLE one. Integer (and NULL) operands become decimals
     * first; the decimal operands keep their own scales, which the kernel aligns, so that an operand is
     * never squeezed into a narrower precision than it has. Division and products whose scale would
     * exceed 18 are done in DOUBLE, as {@link DecimalTyping} says.
     */
    private static Expression decimalArithmetic(Arithmetic.Op op, Expression left, Expression right, SourcePosition pos) {
        DataType leftType = DecimalTyping.asDecimal(left.type());
        DataType rightType = DecimalTyping.asDecimal(right.type());
        leftType = leftType == null ? rightType : leftType;
        rightType = rightType == null ? leftType : rightType;
        DataType result = DecimalTyping.arithmetic(op, leftType, rightType);
        if (result.kind() == TypeKind.DOUBLE) {
            return new Arithmetic(op, TypeCoercion.castTo(left, DataType.DOUBLE, pos),
                    TypeCoercion.castTo(right, DataType.DOUBLE, pos), DataType.DOUBLE);
        }
        return new Arithmetic(op, TypeCoercion.castTo(left, leftType, pos), TypeCoercion.castTo(right, rightType, pos), result);
    }

    private static Expression concat(List<Expression> operands, SourcePosition pos) {
        List<Expression> strings = new ArrayList<>();
        for (Expression e : operands) {
            if (e instanceof Concat inner) {
                strings.addAll(inner.operands());
            } else {
                strings.add(e.type().kind() == TypeKind.STRING ? e : TypeCoercion.castTo(e, DataType.STRING, pos));
            }
        }
        return new Concat(strings);
    }

    private Expression bindBetween(UnresolvedExpression.Between b) {
        Expression child = bind(b.child());
        Expression[] low = TypeCoercion.unify(child, bind(b.lower()), b.position(), "compare");
        Expression[] high = TypeCoercion.unify(child, bind(b.upper()), b.position(), "compare");
        Expression inRange = new And(new Comparison(Comparison.Op.GE, low[0], low[1]), new Comparison(Comparison.Op.LE, high[0], high[1]));
        return b.negated() ? new Not(inRange) : inRange;
    }

    private Expression bindIn(UnresolvedExpression.In in) {
        Expression child = bind(in.child());
        List<Expression> items = new ArrayList<>();
        DataType common = child.type();
        for (UnresolvedExpression item : in.list()) {
            Expression bound = bind(item);
            Expression[] unified = TypeCoercion.unify(child, bound, item.position(), "compare");
            items.add(unified[1]);
            common = TypeCoercion.commonType(common, unified[0].type());
        }
        DataType target = common;
        List<Expression> cast = items.stream().map(i -> TypeCoercion.castTo(i, target, in.position())).toList();
        return new InList(TypeCoercion.castTo(child, target, in.position()), cast, in.negated());
    }

    private Expression bindCase(UnresolvedExpression.Case c) {
        Expression operand = c.operand() == null ? null : bind(c.operand());
        List<Expression> conditions = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        for (int i = 0; i < c.whens().size(); i++) {
            Expression when = bind(c.whens().get(i));
            if (operand != null) {
                Expression[] both = TypeCoercion.unify(operand, when, c.whens().get(i).position(), "compare");
                when = new Comparison(Comparison.Op.EQ, both[0], both[1]);
            }
            conditions.add(requireBoolean(when, c.whens().get(i).position(), "WHEN"));
            values.add(bind(c.thens().get(i)));
        }
        Expression elseValue = c.elseValue() == null ? Literal.nullOf(DataType.NULL) : bind(c.elseValue());
        DataType type = elseValue.type();
        for (int i = 0; i < values.size(); i++) {
            DataType next = TypeCoercion.commonType(type, values.get(i).type());
            if (next == null) {
                throw typeError("CASE branches have incompatible types " + type + " and " + values.get(i).type(),
                        c.thens().get(i).position());
            }
            type = next;
        }
        DataType result = type.kind() == TypeKind.NULL ? DataType.STRING : type;
        List<Expression> castValues = values.stream().map(v -> TypeCoercion.castTo(v, result, c.position())).toList();
        return new CaseWhen(conditions, castValues, TypeCoercion.castTo(elseValue, result, c.position()), result);
    }

    private Expression bindFunction(UnresolvedExpression.Function f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        AggregateCall.Function aggregate = switch (name) {
            case "count" -> AggregateCall.Function.COUNT;
            case "sum" -> AggregateCall.Function.SUM;
            case "avg", "mean" -> AggregateCall.Function.AVG;
            case "min" -> AggregateCall.Function.MIN;
            case "max" -> AggregateCall.Function.MAX;
            default -> null;
        };
        if (aggregate != null) {
            return bindAggregate(aggregate, f);
        }
        List<Expression> args = new ArrayList<>();
        for (UnresolvedExpression a : f.arguments()) {
            args.add(bind(a));
        }
        if (name.equals("concat")) {
            return concat(args, f.position());
        }
        ScalarFunction.Function function = switch (name) {
            case "upper", "ucase" -> ScalarFunction.Function.UPPER;
            case "lower", "lcase" -> ScalarFunction.Function.LOWER;
            case "length", "char_length", "character_length" -> ScalarFunction.Function.LENGTH;
            case "trim" -> ScalarFunction.Function.TRIM;
            case "substring", "substr" -> ScalarFunction.Function.SUBSTRING;
            case "coalesce" -> ScalarFunction.Function.COALESCE;
            case "abs" -> ScalarFunction.Function.ABS;
            case "round" -> ScalarFunction.Function.ROUND;
            case "year", "extract_year" -> ScalarFunction.Function.EXTRACT_YEAR;
            case "month", "extract_month" -> ScalarFunction.Function.EXTRACT_MONTH;
            case "day", "extract_day" -> ScalarFunction.Function.EXTRACT_DAY;
            default -> throw new MinisparkException(ErrorCode.COLUMN_NOT_FOUND, "unknown function \"" + f.name() + "\""
                    + Levenshtein.suggestion(name, List.of("count", "sum", "avg", "min", "max", "upper", "lower", "length",
                    "trim", "substring", "coalesce", "abs", "round", "concat", "year", "month", "day")), f.position());
        };
        if (function == ScalarFunction.Function.COALESCE) {
            args = coalesceArguments(args, f.position());
        }
        try {
            DataType type = function == ScalarFunction.Function.ROUND && !args.isEmpty() && args.get(0).type().isDecimal()
                    ? ScalarFunctions.roundDecimalType(args.get(0).type(), roundDigits(args))
                    : ScalarFunctions.resultType(function, args.stream().map(Expression::type).toList());
            return new ScalarFunction(function, args, type);
        } catch (MinisparkException e) {
            throw e.position().known() ? e : new MinisparkException(e.code(), e.getMessage(), f.position());
        }
    }

    /**
     * The digits of ROUND over a decimal, which must be a constant because they decide the result's
     * scale (DuckDB requires the same).
     */
    private static Long roundDigits(List<Expression> args) {
        if (args.size() < 2) {
            return null;
        }
        if (args.get(1) instanceof Literal digits && (args.get(1).type().isIntegral() || digits.isNull())) {
            // NULL digits make the call NULL; the type then keeps the argument's scale.
            return digits.isNull() ? args.get(0).type().scale() : ((Number) digits.value()).longValue();
        }
        throw new MinisparkException(ErrorCode.TYPE_MISMATCH,
                "ROUND of a DECIMAL needs constant integer digits, got " + args.get(1));
    }

    private static List<Expression> coalesceArguments(List<Expression> args, SourcePosition pos) {
        DataType common = DataType.NULL;
        for (Expression a : args) {
            DataType next = TypeCoercion.commonType(common, a.type());
            if (next == null) {
                throw new MinisparkException(ErrorCode.TYPE_MISMATCH,
                        "COALESCE arguments have incompatible types " + common + " and " + a.type(), pos);
            }
            common = next;
        }
        DataType target = common;
        return args.stream().map(a -> TypeCoercion.castTo(a, target, pos)).toList();
    }

    private Expression bindAggregate(AggregateCall.Function function, UnresolvedExpression.Function f) {
        if (aggregateInput == null) {
            throw new MinisparkException(ErrorCode.AGGREGATE_IN_WHERE,
                    "aggregate function " + f.name().toUpperCase(Locale.ROOT) + " is not allowed in " + clause, f.position());
        }
        boolean countStar = function == AggregateCall.Function.COUNT
                && (f.arguments().isEmpty() || f.arguments().get(0) instanceof UnresolvedExpression.Column c && c.isStar());
        if (countStar) {
            return new AggregateCall(function, null, false, DataType.BIGINT);
        }
        if (f.arguments().size() != 1) {
            throw typeError(f.name().toUpperCase(Locale.ROOT) + " takes one argument", f.position());
        }
        Binder inner = new Binder(aggregateInput, null, "an aggregate function's argument");
        Expression argument = inner.bind(f.arguments().get(0));
        DataType argumentType = argument.type();
        DataType result = switch (function) {
            case COUNT -> DataType.BIGINT;
            case SUM -> switch (argumentType.kind()) {
                case INT, BIGINT, NULL -> DataType.BIGINT;
                case DOUBLE -> DataType.DOUBLE;
                // DuckDB sums into DECIMAL(38, s); 18 digits is as wide as a long holds.
                case DECIMAL -> DataType.decimal(DataType.MAX_DECIMAL_PRECISION, argumentType.scale());
                case BOOLEAN, STRING, DATE, TIMESTAMP -> throw typeError("SUM needs a number, not " + argumentType, f.position());
            };
            case AVG -> {
                if (!argumentType.isNumeric() && argumentType.kind() != TypeKind.NULL) {
                    throw typeError("AVG needs a number, not " + argumentType, f.position());
                }
                yield DataType.DOUBLE;
            }
            case MIN, MAX -> argumentType.kind() == TypeKind.NULL ? DataType.INT : argumentType;
        };
        if (argumentType.kind() == TypeKind.NULL) {
            argument = TypeCoercion.castTo(argument, result, f.position());
        }
        return new AggregateCall(function, argument, f.distinct(), result);
    }

    private static Comparison.Op comparisonOp(BinaryOperator op) {
        return switch (op) {
            case EQ -> Comparison.Op.EQ;
            case NE -> Comparison.Op.NE;
            case LT -> Comparison.Op.LT;
            case LE -> Comparison.Op.LE;
            case GT -> Comparison.Op.GT;
            case GE -> Comparison.Op.GE;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static Expression requireBoolean(Expression e, SourcePosition pos, String what) {
        if (e.type().kind() == TypeKind.NULL) {
            return Literal.nullOf(DataType.BOOLEAN);
        }
        if (e.type().kind() != TypeKind.BOOLEAN) {
            throw typeError(what + " needs a BOOLEAN operand, not " + e.type(), pos);
        }
        return e;
    }

    private static Expression requireString(Expression e, SourcePosition pos, String what) {
        if (e.type().kind() == TypeKind.NULL) {
            return Literal.nullOf(DataType.STRING);
        }
        if (e.type().kind() != TypeKind.STRING) {
            throw typeError(what + " needs a STRING operand, not " + e.type(), pos);
        }
        return e;
    }

    private static MinisparkException typeError(String message, SourcePosition pos) {
        return new MinisparkException(ErrorCode.TYPE_MISMATCH, message, pos);
    }
}
