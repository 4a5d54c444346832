package io.minispark.exec.expr;

import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import io.minispark.types.TypeKind;
import java.util.List;

/**
 * The typing rules and kernels of the built-in scalar functions. An argument of the NULL type (an
 * untyped NULL literal) is accepted wherever any type is expected and makes the call NULL, except in
 * COALESCE where it is simply skipped.
 */
public final class ScalarFunctions {
    private ScalarFunctions() {
    }

    /**
     * The result type of a call, per function:
     * <ul>
     *   <li>UPPER, LOWER, TRIM: {@code (STRING) -> STRING};
     *   <li>LENGTH: {@code (STRING) -> BIGINT}, counting code points;
     *   <li>SUBSTRING: {@code (STRING, start [, length]) -> STRING} with INT or BIGINT start and length;
     *   <li>COALESCE: one or more arguments of one type (NULL-typed ones aside) {@code -> that type};
     *   <li>ABS: {@code (INT | BIGINT | DOUBLE | DECIMAL) -> the same type};
     *   <li>ROUND: {@code (INT | BIGINT | DOUBLE [, INT | BIGINT digits]) -> the type of the first argument};
     *       of a DECIMAL see {@link #roundDecimalType} (its digits must be a constant);
     *   <li>EXTRACT_YEAR, EXTRACT_MONTH, EXTRACT_DAY: {@code (DATE | TIMESTAMP) -> BIGINT};
     *   <li>ADD_DAYS, ADD_MONTHS: {@code (DATE, INT | BIGINT) -> DATE};
     *   <li>ASSERT_SINGLE_ROW: {@code (BIGINT row count, value) -> the value's type}.
     * </ul>
     *
     * @throws io.minispark.errors.MinisparkException TYPE_MISMATCH for a wrong number or type of arguments
     */
    public static DataType resultType(ScalarFunction.Function function, List<DataType> argumentTypes) {
        return switch (function) {
            case UPPER, LOWER, TRIM -> {
                expectArity(function, argumentTypes, 1, 1);
                expect(function, argumentTypes, 0, TypeKind.STRING);
                yield DataType.STRING;
            }
            case LENGTH -> {
                expectArity(function, argumentTypes, 1, 1);
                expect(function, argumentTypes, 0, TypeKind.STRING);
                yield DataType.BIGINT;
            }
            case SUBSTRING -> {
                expectArity(function, argumentTypes, 2, 3);
                expect(function, argumentTypes, 0, TypeKind.STRING);
                for (int k = 1; k < argumentTypes.size(); k++) {
                    expect(function, argumentTypes, k, TypeKind.INT, TypeKind.BIGINT);
                }
                yield DataType.STRING;
            }
            case COALESCE -> coalesceType(argumentTypes);
            case ABS -> {
                expectArity(function, argumentTypes, 1, 1);
                expect(function, argumentTypes, 0, TypeKind.INT, TypeKind.BIGINT, TypeKind.DOUBLE, TypeKind.DECIMAL);
                yield numericResult(argumentTypes.get(0));
            }
            case ROUND -> {
                expectArity(function, argumentTypes, 1, 2);
                expect(function, argumentTypes, 0, TypeKind.INT, TypeKind.BIGINT, TypeKind.DOUBLE, TypeKind.DECIMAL);
                if (argumentTypes.size() == 2) {
                    expect(function, argumentTypes, 1, TypeKind.INT, TypeKind.BIGINT);
                    if (argumentTypes.get(0).isDecimal()) {
                        throw EvaluationErrors.typeMismatch("ROUND of a DECIMAL needs constant digits; see roundDecimalType");
                    }
                }
                yield argumentTypes.get(0).isDecimal() ? roundDecimalType(argumentTypes.get(0), null)
                        : numericResult(argumentTypes.get(0));
            }
            case EXTRACT_YEAR, EXTRACT_MONTH, EXTRACT_DAY -> {
                expectArity(function, argumentTypes, 1, 1);
                expect(function, argumentTypes, 0, TypeKind.DATE, TypeKind.TIMESTAMP);
                yield DataType.BIGINT;
            }
            case ADD_DAYS, ADD_MONTHS -> {
                expectArity(function, argumentTypes, 2, 2);
                expect(function, argumentTypes, 0, TypeKind.DATE);
                expect(function, argumentTypes, 1, TypeKind.INT, TypeKind.BIGINT);
                yield DataType.DATE;
            }
            case ASSERT_SINGLE_ROW -> {
                expectArity(function, argumentTypes, 2, 2);
                expect(function, argumentTypes, 0, TypeKind.BIGINT);
                yield argumentTypes.get(1);
            }
        };
    }

    /**
     * The type of {@code ROUND(x, digits)} for a decimal x, as DuckDB types it: the scale shrinks to
     * {@code max(0, min(s, digits))} (0 without digits), the precision stays.
     */
    public static DataType roundDecimalType(DataType argument, Long digits) {
        long scale = digits == null ? 0 : Math.max(0, Math.min(argument.scale(), digits));
        return DataType.decimal(argument.precision(), (int) scale);
    }

    /** The kernel of a call whose arguments are already compiled. */
    static VectorExpression compile(ScalarFunction.Function function, List<VectorExpression> arguments, DataType type) {
        List<DataType> argumentTypes = arguments.stream().map(VectorExpression::type).toList();
        if (function == ScalarFunction.Function.ROUND && argumentTypes.get(0).isDecimal()) {
            return DecimalRoundExpression.create(arguments.get(0), arguments.size() == 2 ? arguments.get(1) : null, type);
        }
        DataType expected = resultType(function, argumentTypes);
        if (!expected.equals(type) && !expected.equals(DataType.NULL)) {
            throw EvaluationErrors.internal(function + argumentTypes.toString() + " typed " + type
                    + " instead of " + expected);
        }
        if (function != ScalarFunction.Function.COALESCE && function != ScalarFunction.Function.ASSERT_SINGLE_ROW
                && argumentTypes.stream().anyMatch(argument -> argument.kind() == TypeKind.NULL)) {
            return new ConstantExpression(null, type);
        }
        return switch (function) {
            case UPPER, LOWER, TRIM, LENGTH -> new StringFunctionExpression(function, arguments.get(0));
            case SUBSTRING -> new SubstringExpression(arguments.get(0), arguments.get(1),
                    arguments.size() == 3 ? arguments.get(2) : null);
            case COALESCE -> new CoalesceExpression(arguments, type);
            case ABS -> new AbsExpression(arguments.get(0));
            case ROUND -> new RoundExpression(arguments.get(0), arguments.size() == 2 ? arguments.get(1) : null);
            case EXTRACT_YEAR, EXTRACT_MONTH, EXTRACT_DAY -> new ExtractExpression(function, arguments.get(0));
            case ADD_DAYS, ADD_MONTHS -> new DateAddExpression(function == ScalarFunction.Function.ADD_MONTHS,
                    arguments.get(0), arguments.get(1));
            case ASSERT_SINGLE_ROW -> new SingleRowCheckExpression(arguments.get(0), arguments.get(1));
        };
    }

    private static DataType coalesceType(List<DataType> argumentTypes) {
        if (argumentTypes.isEmpty()) {
            throw EvaluationErrors.typeMismatch("COALESCE needs at least one argument");
        }
        DataType common = DataType.NULL;
        for (DataType argument : argumentTypes) {
            if (argument.kind() == TypeKind.NULL) {
                continue;
            }
            if (common.kind() == TypeKind.NULL) {
                common = argument;
            } else if (!common.equals(argument)) {
                throw EvaluationErrors.typeMismatch("COALESCE arguments of different types " + argumentTypes);
            }
        }
        return common;
    }

    /** The result of ABS and ROUND: the argument type, or DOUBLE for an untyped NULL. */
    private static DataType numericResult(DataType argument) {
        return argument.kind() == TypeKind.NULL ? DataType.DOUBLE : argument;
    }

    private static void expectArity(ScalarFunction.Function function, List<DataType> argumentTypes, int minimum,
            int maximum) {
        int count = argumentTypes.size();
        if (count < minimum || count > maximum) {
            String expected = minimum == maximum ? Integer.toString(minimum) : minimum + " or " + maximum;
            throw EvaluationErrors.typeMismatch(function + " takes " + expected + " argument"
                    + (maximum == 1 ? "" : "s") + ", got " + count);
        }
    }

    private static void expect(ScalarFunction.Function function, List<DataType> argumentTypes, int index,
            TypeKind... allowed) {
        TypeKind actual = argumentTypes.get(index).kind();
        if (actual == TypeKind.NULL) {
            return;
        }
        for (TypeKind kind : allowed) {
            if (kind == actual) {
                return;
            }
        }
        throw EvaluationErrors.typeMismatch("argument " + (index + 1) + " of " + function + " must be "
                + (allowed.length == 1 ? allowed[0] : java.util.Arrays.toString(allowed)) + ", got " + actual);
    }
}
