package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.MinisparkException;
import io.minispark.logical.Arithmetic;
import io.minispark.logical.CaseWhen;
import io.minispark.logical.Cast;
import io.minispark.logical.Comparison;
import io.minispark.logical.Concat;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.logical.ScalarFunction;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalExpressionTest {
    private final ExpressionFixture table = new ExpressionFixture()
            .column("i", DataType.INT, 1, 2_000_000_000, -5, null, 0)
            .column("s", DataType.STRING, "a", null, "c", "d", "");

    private Expression timesTwo() {
        return new Arithmetic(Arithmetic.Op.MULTIPLY, table.ref("i"), literal(2), DataType.INT);
    }

    @Test
    void firstTrueConditionWinsAndNullFallsThrough() {
        Expression positive = new Comparison(Comparison.Op.GT, table.ref("i"), literal(0));
        Expression negative = new Comparison(Comparison.Op.LT, table.ref("i"), literal(0));
        Expression big = new Comparison(Comparison.Op.GT, table.ref("i"), literal(100));
        CaseWhen caseWhen = new CaseWhen(List.of(positive, big, negative),
                List.of(literal("positive"), literal("big"), literal("negative")), literal("other"), DataType.STRING);
        assertThat(table.evaluate(caseWhen)).containsExactly("positive", "positive", "negative", "other", "other");
    }

    @Test
    void branchesNotTakenAreNotEvaluated() {
        // i * 2 overflows only for 2_000_000_000, which takes the ELSE branch.
        Expression small = new Comparison(Comparison.Op.LT, table.ref("i"), literal(1000));
        CaseWhen caseWhen = new CaseWhen(List.of(small), List.of(timesTwo()), literal(-1), DataType.INT);
        assertThat(table.evaluate(caseWhen)).containsExactly(2, -1, -10, -1, 0);
        CaseWhen elseOverflows = new CaseWhen(List.of(Literal.TRUE), List.of(literal(7)),
                new Cast(literal("not a number"), DataType.INT), DataType.INT);
        assertThat(table.evaluate(elseOverflows)).containsExactly(7, 7, 7, 7, 7);
    }

    @Test
    void takenBranchStillRaises() {
        Expression big = new Comparison(Comparison.Op.GT, table.ref("i"), literal(1000));
        CaseWhen caseWhen = new CaseWhen(List.of(big), List.of(timesTwo()), literal(-1), DataType.INT);
        assertThatThrownBy(() -> table.evaluate(caseWhen)).isInstanceOf(MinisparkException.class);
    }

    @Test
    void caseWithoutMatchingRowsUsesElseAndElseMayBeNull() {
        CaseWhen caseWhen = new CaseWhen(List.of(Literal.FALSE), List.of(table.ref("s")),
                Literal.nullOf(DataType.NULL), DataType.STRING);
        assertThat(table.evaluate(caseWhen)).containsExactly(null, null, null, null, null);
        CaseWhen strings = new CaseWhen(List.of(new Comparison(Comparison.Op.GE, table.ref("i"), literal(0))),
                List.of(table.ref("s")), literal("negative"), DataType.STRING);
        assertThat(table.evaluate(strings)).containsExactly("a", null, "negative", "negative", "");
    }

    @Test
    void coalesceIsLazyAndTakesTheFirstNonNull() {
        ExpressionFixture rows = new ExpressionFixture()
                .column("a", DataType.INT, 1, null, null, Integer.MAX_VALUE)
                .column("b", DataType.INT, null, 2, null, 5);
        Expression overflowingForRowFour = new Arithmetic(Arithmetic.Op.MULTIPLY, rows.ref("b"), literal(1_000_000_000),
                DataType.INT);
        Expression coalesce = new ScalarFunction(ScalarFunction.Function.COALESCE,
                List.of(rows.ref("a"), rows.ref("b"), overflowingForRowFour, literal(-1)), DataType.INT);
        assertThat(rows.evaluate(coalesce)).containsExactly(1, 2, -1, Integer.MAX_VALUE);
        Expression allNull = new ScalarFunction(ScalarFunction.Function.COALESCE,
                List.of(rows.ref("a"), Literal.nullOf(DataType.NULL)), DataType.INT);
        assertThat(rows.evaluate(allNull)).containsExactly(1, null, null, Integer.MAX_VALUE);
    }

    @Test
    void concatIsNullWhenAnyOperandIsNull() {
        Expression concat = new Concat(List.of(table.ref("s"), literal("-"), table.ref("s")));
        assertThat(table.evaluate(concat)).containsExactly("a-a", null, "c-c", "d-d", "-");
        ExpressionFixture noNulls = new ExpressionFixture().column("s", DataType.STRING, "日本", "x");
        assertThat(noNulls.evaluate(new Concat(List.of(noNulls.ref("s"), literal("語"))))).containsExactly("日本語", "x語");
        assertThat(noNulls.evaluate(new Concat(List.of(noNulls.ref("s"), Literal.nullOf(DataType.NULL)))))
                .containsExactly(null, null);
    }

    @Test
    void emptyBatch() {
        ExpressionFixture empty = new ExpressionFixture().column("i", DataType.INT);
        CaseWhen caseWhen = new CaseWhen(List.of(new Comparison(Comparison.Op.GT, empty.ref("i"), literal(0))),
                List.of(literal(1)), literal(2), DataType.INT);
        assertThat(empty.evaluate(caseWhen)).isEmpty();
    }
}
