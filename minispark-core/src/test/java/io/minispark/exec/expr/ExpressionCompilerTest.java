package io.minispark.exec.expr;

import static io.minispark.exec.expr.ExpressionFixture.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.AggregateCall;
import io.minispark.logical.Attribute;
import io.minispark.logical.ColumnRef;
import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionCompilerTest {

    @Test
    void columnReferencesResolveByAttributeIdNotByName() {
        ExpressionFixture table = new ExpressionFixture()
                .column("x", DataType.INT, 1, 2)
                .column("x", DataType.INT, 10, 20);
        Attribute second = table.attributes().get(1);
        assertThat(table.evaluate(new ColumnRef(second))).containsExactly(10, 20);
    }

    @Test
    void unknownAttributeIsAnInternalError() {
        ExpressionFixture table = new ExpressionFixture().column("x", DataType.INT, 1);
        Attribute stranger = Attribute.create("t", "x", DataType.INT, true);
        assertThatThrownBy(() -> ExpressionCompiler.compile(new ColumnRef(stranger), table.attributes()))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.INTERNAL));
    }

    @Test
    void aggregateCallsAreNotEvaluable() {
        ExpressionFixture table = new ExpressionFixture().column("x", DataType.INT, 1);
        AggregateCall sum = new AggregateCall(AggregateCall.Function.SUM, table.ref("x"), false, DataType.BIGINT);
        assertThatThrownBy(() -> ExpressionCompiler.compile(sum, table.attributes()))
                .isInstanceOf(MinisparkException.class)
                .satisfies(error -> assertThat(((MinisparkException) error).code()).isEqualTo(ErrorCode.INTERNAL));
    }

    @Test
    void constantVectorsAreReusedForBatchesOfTheSameLength() {
        ExpressionFixture table = new ExpressionFixture().column("x", DataType.INT, 1, 2, 3);
        VectorExpression constant = ExpressionCompiler.compile(literal("abc"), table.attributes());
        Batch batch = table.batch();
        Vector first = constant.evaluate(batch);
        assertThat(constant.evaluate(batch)).isSameAs(first);
        Vector shorter = constant.evaluate(batch.slice(0, 1));
        assertThat(ExpressionFixture.values(shorter)).containsExactly("abc");
        assertThat(ExpressionFixture.values(first)).containsExactly("abc", "abc", "abc");
    }

    @Test
    void trueRowsSkipsFalseAndNull() {
        BooleanVector predicate = new BooleanVector(DataType.BOOLEAN,
                new boolean[] {true, false, true, true, false}, new boolean[] {false, false, true, false, false});
        int[] positions = new int[5];
        int count = Selections.trueRows(predicate, positions);
        assertThat(count).isEqualTo(2);
        assertThat(positions).startsWith(0, 3);
        BooleanVector noNulls = new BooleanVector(DataType.BOOLEAN, new boolean[] {false, true, true}, null);
        assertThat(Selections.trueRows(noNulls, new int[3])).isEqualTo(2);
        assertThat(Selections.trueRows(new BooleanVector(DataType.BOOLEAN, 0), new int[0])).isZero();
    }

    @Test
    void trueRowsRejectsNonBooleanVectors() {
        assertThatThrownBy(() -> Selections.trueRows(Vector.allocate(DataType.INT, 2), new int[2]))
                .isInstanceOf(MinisparkException.class);
    }

    @Test
    void compiledExpressionReportsItsType() {
        ExpressionFixture table = new ExpressionFixture().column("x", DataType.INT, 1);
        assertThat(ExpressionCompiler.compile(table.ref("x"), table.attributes()).type()).isEqualTo(DataType.INT);
        assertThat(ExpressionCompiler.compile(literal(1.5), List.of()).type()).isEqualTo(DataType.DOUBLE);
    }
}
