package io.minispark.codegen;

import io.minispark.logical.And;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.Cast;
import io.minispark.logical.ColumnRef;
import io.minispark.logical.Comparison;
import io.minispark.logical.Expression;
import io.minispark.logical.InList;
import io.minispark.logical.IsNull;
import io.minispark.logical.Like;
import io.minispark.logical.Literal;
import io.minispark.logical.Negate;
import io.minispark.logical.Not;
import io.minispark.logical.Or;
import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import io.minispark.types.Decimals;
import io.minispark.types.PhysicalType;
import io.minispark.types.TypeKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generator of row-at-a-time Java code for bound expressions. Each call appends statements that
 * compute the expression for the current row into fresh local variables and returns their names.
 * The set of expressions evaluated per row is exactly the interpreter's: AND/OR evaluate their right
 * operand only where the left one does not decide, CASE and COALESCE evaluate a branch only for the rows
 * that reach it, and everything else evaluates all its operands, also on NULL rows (where no error is
 * raised, as the kernels zero NULL rows first).
 */
final class ExpressionCodeGenerator {
    private final ClassBuilder type;
    /**
     * Values already computed for the current row, by the row they were computed over (the inputs map,
     * by identity) and expression: a repeated subexpression, such as TPC-H Q1's
     * {@code l_extendedprice * (1 - l_discount)}, is computed once (Spark's subexpression elimination).
     * Each remembers the block it was computed in and is reused only where that block is still open.
     */
    private final Map<Map<Long, Value>, Map<Expression, Computed>> computed = new IdentityHashMap<>();

    private record Computed(Value value, CodeBuilder code, int block) {
    }

    ExpressionCodeGenerator(ClassBuilder type) {
        this.type = type;
    }

    /**
     * Appends code computing {@code expression} to {@code code}, or reuses the value of an identical
     * expression over the same row computed earlier in an enclosing block.
     *
     * @param inputs the current row's columns by attribute id
     */
    Value generate(Expression expression, Map<Long, Value> inputs, CodeBuilder code) {
        if (expression instanceof ColumnRef || expression instanceof Literal) {
            return compute(expression, inputs, code);
        }
        Map<Expression, Computed> known = computed.computeIfAbsent(inputs, i -> new HashMap<>());
        Computed earlier = known.get(expression);
        if (earlier != null && earlier.code() == code && code.inScope(earlier.block())) {
            return earlier.value();
        }
        int block = code.currentBlock();
        Value value = compute(expression, inputs, code);
        known.put(expression, new Computed(value, code, block));
        return value;
    }

    private Value compute(Expression expression, Map<Long, Value> inputs, CodeBuilder code) {
        return switch (expression) {
            case ColumnRef reference -> {
                Value value = inputs.get(reference.attribute().id());
                if (value == null) {
                    throw new UnsupportedStage("column " + reference + " is not an input of the compiled pipeline");
                }
                yield value;
            }
            case Literal literal -> literal(literal);
            case Arithmetic arithmetic -> arithmetic(arithmetic, inputs, code);
            case Negate negate -> negate(negate, inputs, code);
            case Comparison comparison -> comparison(comparison, inputs, code);
            case And and -> conjunction(and.left(), and.right(), false, inputs, code);
            case Or or -> conjunction(or.left(), or.right(), true, inputs, code);
            case Not not -> {
                Value child = generate(not.child(), inputs, code);
                String name = type.fresh("not");
                code.line("boolean " + name + " = !" + child.value() + ";");
                yield Value.of(DataType.BOOLEAN, child.isNull(), name);
            }
            case IsNull isNull -> {
                Value child = generate(isNull.child(), inputs, code);
                String name = type.fresh("isNull");
                code.line("boolean " + name + " = " + child.isNull() + (isNull.negated() ? " == false;" : ";"));
                yield Value.of(DataType.BOOLEAN, "false", name);
            }
            case Like like -> like(like, inputs, code);
            case Cast cast -> cast(cast, inputs, code);
            case CaseWhen caseWhen -> caseWhen(caseWhen, inputs, code);
            case InList inList -> inList(inList, inputs, code);
            case ScalarFunction function when function.function() == ScalarFunction.Function.COALESCE ->
                    coalesce(function, inputs, code);
            case ScalarFunction function -> throw new UnsupportedStage(
                    "function " + function.function().name().toLowerCase(Locale.ROOT) + " is not compiled");
            default -> throw new UnsupportedStage(expression.getClass().getSimpleName() + " is not compiled");
        };
    }

    private Value literal(Literal literal) {
        DataType t = literal.type();
        if (literal.value() == null) {
            return nullOf(t);
        }
        Object v = literal.value();
        return switch (t.physical()) {
            case BOOLEAN -> Value.of(t, "false", ((Boolean) v) ? "true" : "false");
            case INT -> Value.of(t, "false", "(" + ((Number) v).intValue() + ")");
            case LONG -> Value.of(t, "false", "(" + ((Number) v).longValue() + "L)");
            case DOUBLE -> Value.of(t, "false", doubleLiteral(((Number) v).doubleValue()));
            case STRING -> {
                byte[] bytes = v.toString().getBytes(StandardCharsets.UTF_8);
                String name = type.constant("text", "byte[]",
                        "io.minispark.codegen.StageRuntime.utf8(" + JavaTypes.stringLiteral(v.toString()) + ")");
                yield new Value(t, "false", name, "0", Integer.toString(bytes.length));
            }
        };
    }

    static String doubleLiteral(double v) {
        if (v == 0.0 && Double.doubleToRawLongBits(v) == 0) {
            return "0.0";
        }
        if (Double.isFinite(v) && Double.parseDouble(Double.toString(v)) == v && Double.doubleToRawLongBits(v) >= 0) {
            return Double.toString(v);
        }
        return "Double.longBitsToDouble(0x" + Long.toHexString(Double.doubleToRawLongBits(v)) + "L)";
    }

    static Value nullOf(DataType t) {
        if (t.physical() == PhysicalType.STRING) {
            return new Value(t, "true", JavaTypes.zero(t), "0", "0");
        }
        return Value.of(t, "true", JavaTypes.zero(t));
    }

    private Value arithmetic(Arithmetic arithmetic, Map<Long, Value> inputs, CodeBuilder code) {
        Value left = generate(arithmetic.left(), inputs, code);
        Value right = generate(arithmetic.right(), inputs, code);
        DataType t = arithmetic.type();
        String name = type.fresh("arith");
        String isNull = nullFlag(name, anyNull(left.isNull(), right.isNull()), code);
        String l = left.value();
        String r = right.value();
        String op = arithmetic.op().name();
        String compute = switch (t.kind()) {
            case INT -> switch (arithmetic.op()) {
                case ADD -> "io.minispark.codegen.RowFunctions.addInt(" + l + ", " + r + ")";
                case SUBTRACT -> "io.minispark.codegen.RowFunctions.subtractInt(" + l + ", " + r + ")";
                case MULTIPLY -> "io.minispark.codegen.RowFunctions.multiplyInt(" + l + ", " + r + ")";
                case MODULO -> "io.minispark.codegen.RowFunctions.moduloInt(" + l + ", " + r + ")";
                case DIVIDE -> throw new UnsupportedStage("INT division");
            };
            case BIGINT -> switch (arithmetic.op()) {
                case ADD -> "io.minispark.codegen.RowFunctions.addLong(" + l + ", " + r + ")";
                case SUBTRACT -> "io.minispark.codegen.RowFunctions.subtractLong(" + l + ", " + r + ")";
                case MULTIPLY -> "io.minispark.codegen.RowFunctions.multiplyLong(" + l + ", " + r + ")";
                case MODULO -> "io.minispark.codegen.RowFunctions.moduloLong(" + l + ", " + r + ")";
                case DIVIDE -> throw new UnsupportedStage("BIGINT division");
            };
            case DOUBLE -> "(" + l + " " + arithmetic.op().symbol + " " + r + ")";
            case DECIMAL -> decimalArithmetic(arithmetic, l, r);
            default -> throw new UnsupportedStage("arithmetic " + op + " on " + t);
        };
        if (left.type().physical() != t.physical() || right.type().physical() != t.physical()) {
            throw new UnsupportedStage("arithmetic on " + left.type() + " and " + right.type() + " typed " + t);
        }
        assignUnlessNull(JavaTypes.primitive(t), name, JavaTypes.zero(t), isNull, compute, code);
        return Value.of(t, isNull, name);
    }

    /**
     * The NULL flag of {@code a || b} (either operand NULL), folded where a flag is a constant: a NOT NULL
     * column's flag is {@code false}, and so are those of expressions over such columns only, which
     * then compile to straight-line code without NULL tests.
     */
    static String anyNull(String a, String b) {
        if (a.equals("true") || b.equals("true")) {
            return "true";
        }
        if (a.equals("false")) {
            return b;
        }
        if (b.equals("false")) {
            return a;
        }
        return a + " || " + b;
    }

    /** A variable {@code <name>IsNull} holding {@code flag}, or the flag itself when it is a constant. */
    private static String nullFlag(String name, String flag, CodeBuilder code) {
        if (flag.equals("false") || flag.equals("true")) {
            return flag;
        }
        code.line("boolean " + name + "IsNull = " + flag + ";");
        return name + "IsNull";
    }

    /**
     * Declares {@code name} and computes it where the row is not NULL (a NULL row's operands are
     * meaningless and must not raise errors); unconditionally when the value cannot be NULL.
     */
    private static void assignUnlessNull(String javaType, String name, String zero, String isNull, String compute,
                                         CodeBuilder code) {
        if (isNull.equals("false")) {
            code.line(javaType + " " + name + " = " + compute + ";");
            return;
        }
        code.line(javaType + " " + name + " = " + zero + ";");
        code.open("if (!" + isNull + ")").line(name + " = " + compute + ";").close();
    }

    private static String decimalArithmetic(Arithmetic arithmetic, String l, String r) {
        DataType t = arithmetic.type();
        int leftScale = arithmetic.left().type().scale();
        int rightScale = arithmetic.right().type().scale();
        if (!arithmetic.left().type().isDecimal() || !arithmetic.right().type().isDecimal()
                || leftScale > t.scale() || rightScale > t.scale()) {
            throw new UnsupportedStage("decimal arithmetic on " + arithmetic.left().type() + " and " + arithmetic.right().type());
        }
        String leftFactor = Decimals.powerOfTen(t.scale() - leftScale) + "L";
        String rightFactor = Decimals.powerOfTen(t.scale() - rightScale) + "L";
        String leftOperand = l + ", " + leftFactor + ", " + leftScale;
        String rightOperand = r + ", " + rightFactor + ", " + rightScale;
        String result = t.precision() + ", " + t.scale() + ")";
        String call = "io.minispark.codegen.RowFunctions.";
        return switch (arithmetic.op()) {
            case ADD -> call + "addDecimal(" + leftOperand + ", " + rightOperand + ", " + result;
            case SUBTRACT -> call + "subtractDecimal(" + leftOperand + ", " + rightOperand + ", " + result;
            case MULTIPLY -> {
                if (t.scale() != leftScale + rightScale) {
                    throw new UnsupportedStage("decimal product typed " + t);
                }
                yield call + "multiplyDecimal(" + l + ", " + leftScale + ", " + r + ", " + rightScale + ", " + t.precision() + ")";
            }
            case MODULO -> call + "moduloDecimal(" + leftOperand + ", " + rightOperand + ", " + result;
            case DIVIDE -> throw new UnsupportedStage("DECIMAL division");
        };
    }

    private Value negate(Negate negate, Map<Long, Value> inputs, CodeBuilder code) {
        Value child = generate(negate.child(), inputs, code);
        DataType t = negate.type();
        String name = type.fresh("negate");
        String compute = switch (t.physical()) {
            case INT -> "io.minispark.codegen.RowFunctions.negateInt(" + child.value() + ")";
            case LONG -> "io.minispark.codegen.RowFunctions.negateLong(" + child.value() + ")";
            case DOUBLE -> "-" + child.value();
            default -> throw new UnsupportedStage("negation of " + t);
        };
        assignUnlessNull(JavaTypes.primitive(t), name, JavaTypes.zero(t), child.isNull(), compute, code);
        return Value.of(t, child.isNull(), name);
    }

    private Value comparison(Comparison comparison, Map<Long, Value> inputs, CodeBuilder code) {
        Value left = generate(comparison.left(), inputs, code);
        Value right = generate(comparison.right(), inputs, code);
        if (left.type().kind() == TypeKind.NULL || right.type().kind() == TypeKind.NULL) {
            return nullOf(DataType.BOOLEAN);
        }
        if (left.type().physical() != right.type().physical()) {
            throw new UnsupportedStage("comparison of " + left.type() + " with " + right.type());
        }
        String name = type.fresh("compare");
        String isNull = nullFlag(name, anyNull(left.isNull(), right.isNull()), code);
        if (cheapAndSafe(comparison) && !isNull.equals("false")) {
            // Reading a NULL row's (zeroed) slot is harmless, so no branch: FALSE where NULL, as below.
            code.line("boolean " + name + " = !" + isNull + " & " + compare(comparison.op(), left, right) + ";");
            return Value.of(DataType.BOOLEAN, isNull, name);
        }
        assignUnlessNull("boolean", name, "false", isNull, compare(comparison.op(), left, right), code);
        return Value.of(DataType.BOOLEAN, isNull, name);
    }

    /** A Java boolean expression comparing two non-NULL values of one physical type. */
    static String compare(Comparison.Op op, Value left, Value right) {
        String symbol = switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
        String l = left.value();
        String r = right.value();
        return switch (left.type().physical()) {
            case INT, LONG -> "(" + l + " " + symbol + " " + r + ")";
            case DOUBLE -> switch (op) {
                case EQ -> "io.minispark.codegen.RowFunctions.equalDouble(" + l + ", " + r + ")";
                case NE -> "!io.minispark.codegen.RowFunctions.equalDouble(" + l + ", " + r + ")";
                default -> "(io.minispark.codegen.RowFunctions.compareDouble(" + l + ", " + r + ") " + symbol + " 0)";
            };
            case BOOLEAN -> "((" + l + " ? 1 : 0) " + symbol + " (" + r + " ? 1 : 0))";
            case STRING -> {
                String args = l + ", " + left.from() + ", " + left.to() + ", " + r + ", " + right.from() + ", " + right.to();
                yield switch (op) {
                    case EQ -> "io.minispark.codegen.RowFunctions.equalBytes(" + args + ")";
                    case NE -> "!io.minispark.codegen.RowFunctions.equalBytes(" + args + ")";
                    default -> "(io.minispark.codegen.RowFunctions.compareBytes(" + args + ") " + symbol + " 0)";
                };
            }
        };
    }

    /**
     * Opens the block(s) that run for the rows a filter keeps (condition TRUE, not FALSE or NULL) and
     * returns how many to close. The leading conjuncts that cannot fail and are cheap (comparisons of
     * columns and constants, NULL tests) are all evaluated and combined with non-short-circuit
     * {@code &}, so a selective filter costs one well-predicted branch per row instead of one
     * unpredictable branch per conjunct. The remaining conjuncts still run only where no earlier one
     * is FALSE, as the interpreter's AND decides, so errors are raised for exactly the same rows.
     */
    int openFilter(Expression condition, Map<Long, Value> inputs, CodeBuilder code) {
        List<Expression> conjuncts = io.minispark.logical.Expressions.splitConjuncts(condition);
        int cheap = 0;
        while (cheap < conjuncts.size() && cheapAndSafe(conjuncts.get(cheap))) {
            cheap++;
        }
        if (cheap == 0) {
            Value value = generate(condition, inputs, code);
            code.open("if (!" + value.isNull() + " && " + value.value() + ")");
            return 1;
        }
        List<String> allTrue = new ArrayList<>();
        List<String> notFalse = new ArrayList<>();
        List<String> signs = new ArrayList<>();
        for (Expression conjunct : conjuncts.subList(0, cheap)) {
            String sign = signTerm(conjunct, inputs);
            if (sign != null) {
                signs.add(sign);
                continue;
            }
            Value value = generate(conjunct, inputs, code);
            allTrue.add(value.isNull().equals("false") ? value.value() : "(!" + value.isNull() + " & " + value.value() + ")");
            notFalse.add(value.isNull().equals("false") ? value.value() : "(" + value.isNull() + " | " + value.value() + ")");
        }
        if (!signs.isEmpty()) {
            String name = type.fresh("inRange");
            code.line("long " + name + " = " + String.join(" | ", signs) + ";");
            allTrue.addFirst("(" + name + " >= 0)");
            notFalse.addFirst("(" + name + " >= 0)");
        }
        if (cheap == conjuncts.size()) {
            code.open("if (" + String.join(" & ", allTrue) + ")");
            return 1;
        }
        code.open("if (" + String.join(" & ", notFalse) + ")");
        Expression rest = conjuncts.get(cheap);
        for (Expression conjunct : conjuncts.subList(cheap + 1, conjuncts.size())) {
            rest = new And(rest, conjunct);
        }
        Value value = generate(rest, inputs, code);
        code.open("if (" + String.join(" & ", allTrue) + " & !" + value.isNull() + " & " + value.value() + ")");
        return 2;
    }

    /**
     * A never-NULL comparison of an INT, DATE or DECIMAL value with a constant as a long whose sign bit
     * says FALSE: {@code x >= k} is {@code x - k}, {@code x < k} is {@code k - 1 - x}, and so on. The
     * filter ORs such terms and tests the result once, so a range such as TPC-H Q6's
     * {@code l_discount BETWEEN 0.05 AND 0.07} costs two subtractions and no branch, where a chain of
     * boolean {@code &} is often compiled by the JIT into a branch per comparison. Exact because the
     * differences cannot overflow: INT values are widened, and a DECIMAL of at most 18 digits and a
     * constant of the same type differ by less than 2e18. Null for any other conjunct.
     */
    private String signTerm(Expression conjunct, Map<Long, Value> inputs) {
        if (!(conjunct instanceof Comparison comparison)) {
            return null;
        }
        Comparison.Op op = comparison.op();
        Expression column = comparison.left();
        Expression constant = comparison.right();
        if (column instanceof Literal) {
            column = comparison.right();
            constant = comparison.left();
            op = op.flip();
        }
        if (!(column instanceof ColumnRef) || !(constant instanceof Literal literal) || literal.isNull()
                || op == Comparison.Op.NE) {
            return null;
        }
        DataType t = column.type();
        boolean intLike = t.physical() == PhysicalType.INT && literal.type().physical() == PhysicalType.INT;
        boolean decimal = t.isDecimal() && t.physical() == PhysicalType.LONG && literal.type().equals(t);
        if (!intLike && !decimal) {
            return null;
        }
        Value value = inputs.get(((ColumnRef) column).attribute().id());
        if (value == null || !value.isNull().equals("false")) {
            return null;
        }
        long k = ((Number) literal.value()).longValue();
        if (Math.abs(k) > 1_000_000_000_000_000_000L) {
            return null;
        }
        String x = intLike ? "(long) " + value.value() : value.value();
        return switch (op) {
            case GE -> "(" + x + " - " + k + "L)";
            case GT -> "(" + x + " - " + (k + 1) + "L)";
            case LE -> "(" + k + "L - " + x + ")";
            case LT -> "(" + (k - 1) + "L - " + x + ")";
            case EQ -> "(" + x + " - " + k + "L) | (" + k + "L - " + x + ")";
            case NE -> throw new IllegalStateException("not a sign test");
        };
    }

    /** A conjunct evaluated for every row by {@link #openFilter}: cannot raise an error and costs a few instructions. */
    private static boolean cheapAndSafe(Expression conjunct) {
        return switch (conjunct) {
            case Comparison comparison -> comparison.left().type().physical() != PhysicalType.STRING
                    && comparison.left().type().physical() == comparison.right().type().physical()
                    && isLeaf(comparison.left()) && isLeaf(comparison.right());
            case IsNull isNull -> isLeaf(isNull.child());
            default -> false;
        };
    }

    /**
     * Whether evaluating {@code expression} can never raise an error, whatever the row: column
     * references, constants, comparisons, logic, NULL tests, LIKE, IN lists, CASE, COALESCE, DOUBLE
     * arithmetic (which yields infinities and NaN instead) and widening casts, over operands that cannot
     * raise either. Conservative: anything else (integer or decimal arithmetic, other casts) may.
     */
    static boolean cannotRaise(Expression expression) {
        boolean node = switch (expression) {
            case ColumnRef reference -> true;
            case Literal literal -> true;
            case Comparison comparison -> true;
            case And and -> true;
            case Or or -> true;
            case Not not -> true;
            case IsNull isNull -> true;
            case Like like -> true;
            case InList inList -> true;
            case CaseWhen caseWhen -> true;
            case ScalarFunction function -> function.function() == ScalarFunction.Function.COALESCE;
            case Arithmetic arithmetic -> arithmetic.type().kind() == TypeKind.DOUBLE
                    && arithmetic.left().type().kind() == TypeKind.DOUBLE && arithmetic.right().type().kind() == TypeKind.DOUBLE;
            case Negate negate -> negate.type().kind() == TypeKind.DOUBLE;
            case Cast cast -> widening(cast.child().type(), cast.type());
            default -> false;
        };
        return node && expression.children().stream().allMatch(ExpressionCodeGenerator::cannotRaise);
    }

    /** INT to BIGINT, and INT, BIGINT or DECIMAL to DOUBLE: conversions that always succeed. */
    private static boolean widening(DataType from, DataType to) {
        TypeKind source = from.kind();
        return switch (to.kind()) {
            case BIGINT -> source == TypeKind.INT;
            case DOUBLE -> source == TypeKind.INT || source == TypeKind.BIGINT || from.isDecimal();
            default -> false;
        };
    }

    private static boolean isLeaf(Expression expression) {
        return expression instanceof ColumnRef || expression instanceof Literal;
    }

    private Value conjunction(Expression leftExpression, Expression rightExpression, boolean deciding,
                              Map<Long, Value> inputs, CodeBuilder code) {
        Value left = generate(leftExpression, inputs, code);
        requireBoolean(left);
        String name = type.fresh(deciding ? "or" : "and");
        String isNull = name + "IsNull";
        String d = Boolean.toString(deciding);
        code.line("boolean " + isNull + " = false;");
        code.line("boolean " + name + " = " + d + ";");
        // The right operand runs only where the left one does not decide, as in the interpreter.
        code.open("if (" + left.isNull() + " || " + left.value() + " != " + d + ")");
        Value right = generate(rightExpression, inputs, code);
        requireBoolean(right);
        code.open("if (" + right.isNull() + " || " + right.value() + " != " + d + ")");
        code.line(isNull + " = " + left.isNull() + " || " + right.isNull() + ";");
        code.line(name + " = " + !deciding + ";");
        code.close();
        code.close();
        return Value.of(DataType.BOOLEAN, isNull, name);
    }

    private static void requireBoolean(Value value) {
        if (value.type().physical() != PhysicalType.BOOLEAN) {
            throw new UnsupportedStage("logical operator on " + value.type());
        }
    }

    private Value like(Like like, Map<Long, Value> inputs, CodeBuilder code) {
        if (like.child().type().kind() == TypeKind.NULL || like.pattern().type().kind() == TypeKind.NULL) {
            // The interpreter folds this to a NULL constant without evaluating the operands.
            return nullOf(DataType.BOOLEAN);
        }
        if (!(like.pattern() instanceof Literal pattern)) {
            throw new UnsupportedStage("LIKE with a pattern that is not a constant is not compiled");
        }
        Value child = generate(like.child(), inputs, code);
        if (pattern.value() == null) {
            return nullOf(DataType.BOOLEAN);
        }
        String matcher = type.constant("like", "io.minispark.exec.expr.LikePattern",
                "io.minispark.exec.expr.LikePattern.compile(" + JavaTypes.stringLiteral(pattern.value().toString()) + ")");
        String name = type.fresh("like");
        code.line("boolean " + name + " = !" + child.isNull() + " && (" + matcher + ".matches(" + child.value() + ", "
                + child.from() + ", " + child.to() + ") != " + like.negated() + ");");
        return Value.of(DataType.BOOLEAN, child.isNull(), name);
    }

    private Value cast(Cast cast, Map<Long, Value> inputs, CodeBuilder code) {
        Value child = generate(cast.child(), inputs, code);
        DataType from = child.type();
        DataType to = cast.type();
        if (from.equals(to)) {
            return new Value(to, child.isNull(), child.value(), child.from(), child.to());
        }
        if (from.kind() == TypeKind.NULL) {
            return nullOf(to);
        }
        String v = child.value();
        String compute;
        if (to.kind() == TypeKind.BIGINT && from.kind() == TypeKind.INT) {
            compute = "(long) " + v;
        } else if (to.kind() == TypeKind.DOUBLE && (from.kind() == TypeKind.INT || from.kind() == TypeKind.BIGINT)) {
            compute = "(double) " + v;
        } else if (to.kind() == TypeKind.DOUBLE && from.isDecimal()) {
            // As DecimalCasts: the unscaled value as a double divided by 10^s, to agree bit for bit.
            compute = "(double) " + v + " / " + Decimals.powerOfTen(from.scale()) + ".0";
        } else if (to.isDecimal() && from.isIntegral()) {
            compute = "io.minispark.codegen.RowFunctions.integerToDecimal(" + v + ", " + Decimals.powerOfTen(to.scale())
                    + "L, " + to.precision() + ", \"" + to + "\")";
        } else if (to.isDecimal() && from.isDecimal()) {
            compute = "io.minispark.codegen.RowFunctions.rescaleDecimal(" + v + ", " + from.scale() + ", " + to.scale()
                    + ", " + to.precision() + ", \"" + to + "\")";
        } else {
            throw new UnsupportedStage("cast from " + from + " to " + to + " is not compiled");
        }
        String name = type.fresh("cast");
        assignUnlessNull(JavaTypes.primitive(to), name, JavaTypes.zero(to), child.isNull(), compute, code);
        return Value.of(to, child.isNull(), name);
    }

    /** Declares the variables of a value chosen among branches; the branches assign them. */
    private Value declareResult(String prefix, DataType t, CodeBuilder code) {
        String name = type.fresh(prefix);
        code.line("boolean " + name + "IsNull = true;");
        code.line(JavaTypes.primitive(t) + " " + name + " = " + JavaTypes.zero(t) + ";");
        if (t.physical() == PhysicalType.STRING) {
            code.line("int " + name + "From = 0;");
            code.line("int " + name + "To = 0;");
            return new Value(t, name + "IsNull", name, name + "From", name + "To");
        }
        return Value.of(t, name + "IsNull", name);
    }

    private static void assign(Value target, Value source, CodeBuilder code) {
        if (source.type().kind() == TypeKind.NULL) {
            code.line(target.isNull() + " = true;");
            return;
        }
        if (source.type().physical() != target.type().physical()
                || (target.type().isDecimal() && !source.type().equals(target.type()))) {
            throw new UnsupportedStage("branch of type " + source.type() + " in a value of type " + target.type());
        }
        code.line(target.isNull() + " = " + source.isNull() + ";");
        code.line(target.value() + " = " + source.value() + ";");
        if (target.isString()) {
            code.line(target.from() + " = " + source.from() + ";");
            code.line(target.to() + " = " + source.to() + ";");
        }
    }

    private Value caseWhen(CaseWhen caseWhen, Map<Long, Value> inputs, CodeBuilder code) {
        Value result = declareResult("caseWhen", caseWhen.type(), code);
        int opened = 0;
        for (int i = 0; i < caseWhen.conditions().size(); i++) {
            Value condition = generate(caseWhen.conditions().get(i), inputs, code);
            requireBoolean(condition);
            code.open("if (!" + condition.isNull() + " && " + condition.value() + ")");
            assign(result, generate(caseWhen.values().get(i), inputs, code), code);
            code.closeOpen("else");
            opened++;
        }
        assign(result, generate(caseWhen.elseValue(), inputs, code), code);
        for (int i = 0; i < opened; i++) {
            code.close();
        }
        return result;
    }

    private Value coalesce(ScalarFunction function, Map<Long, Value> inputs, CodeBuilder code) {
        Value result = declareResult("coalesce", function.type(), code);
        List<Expression> arguments = function.arguments();
        int opened = 0;
        for (int i = 0; i < arguments.size(); i++) {
            Value argument = generate(arguments.get(i), inputs, code);
            assign(result, argument, code);
            if (i + 1 < arguments.size()) {
                // The next argument runs only on rows where every earlier one was NULL, as in the interpreter.
                code.open("if (" + result.isNull() + ")");
                opened++;
            }
        }
        for (int i = 0; i < opened; i++) {
            code.close();
        }
        return result;
    }

    private Value inList(InList inList, Map<Long, Value> inputs, CodeBuilder code) {
        Value child = generate(inList.child(), inputs, code);
        List<Value> items = new ArrayList<>();
        for (Expression item : inList.list()) {
            if (!(item instanceof Literal)) {
                throw new UnsupportedStage("IN list with an item that is not a constant is not compiled");
            }
            items.add(generate(item, inputs, code));
        }
        String name = type.fresh("in");
        String matched = name + "Matched";
        String sawNull = name + "SawNull";
        code.line("boolean " + matched + " = false;");
        code.line("boolean " + sawNull + " = " + child.isNull() + ";");
        boolean childIsNullTyped = child.type().kind() == TypeKind.NULL;
        for (Value item : items) {
            if (item.isNull().equals("true")) {
                code.line(sawNull + " = true;");
                continue;
            }
            if (childIsNullTyped) {
                continue;
            }
            if (item.type().physical() != child.type().physical()) {
                throw new UnsupportedStage("IN list item of type " + item.type() + " for " + child.type());
            }
            code.line(matched + " = " + matched + " || (!" + child.isNull() + " && "
                    + compare(Comparison.Op.EQ, child, item) + ");");
        }
        code.line("boolean " + name + "IsNull = !" + matched + " && " + sawNull + ";");
        code.line("boolean " + name + " = " + matched + " ? " + !inList.negated() + " : " + inList.negated() + ";");
        return Value.of(DataType.BOOLEAN, name + "IsNull", name);
    }
}
