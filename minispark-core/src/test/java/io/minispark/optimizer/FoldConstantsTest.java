package io.minispark.optimizer;

import static io.minispark.logical.TestPlans.and;
import static io.minispark.logical.TestPlans.as;
import static io.minispark.logical.TestPlans.col;
import static io.minispark.logical.TestPlans.eq;
import static io.minispark.logical.TestPlans.filter;
import static io.minispark.logical.TestPlans.gt;
import static io.minispark.logical.TestPlans.lit;
import static io.minispark.logical.TestPlans.lt;
import static io.minispark.logical.TestPlans.or;
import static io.minispark.logical.TestPlans.plus;
import static io.minispark.logical.TestPlans.times;
import static io.minispark.logical.TestPlans.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.logical.Arithmetic;
import io.minispark.logical.Cast;
import io.minispark.logical.Expression;
import io.minispark.logical.Literal;
import io.minispark.logical.Not;
import io.minispark.logical.Project;
import io.minispark.logical.Scan;
import io.minispark.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldConstantsTest {
    private final Scan users = users();
    private final Expression age = col(users, "age");
    private final Expression country = col(users, "country");

    @Test
    void foldsArithmeticOnConstants() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, gt(age, plus(times(lit(2), lit(3)), lit(4)))))
                .matches("""
                        Filter((users.age > 10))
                          Scan(users)
                        """);
    }

    @Test
    void foldsTheConstantPartOfAProjection() {
        RuleAssert.assertThat(new FoldConstants())
                .on(new Project(users, List.of(as(plus(age, plus(lit(1), lit(1))), "age2"))))
                .matches("""
                        Project((users.age + 2) AS age2)
                          Scan(users)
                        """);
    }

    @Test
    void foldsAComparisonOfConstantsToABoolean() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, lt(lit(1), lit(2))))
                .matches("""
                        Filter(TRUE)
                          Scan(users)
                        """);
    }

    @Test
    void foldsNotOfAConstant() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, new Not(gt(lit(1), lit(2)))))
                .matches("""
                        Filter(TRUE)
                          Scan(users)
                        """);
    }

    @Test
    void trueAndXIsX() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, and(eq(lit(1), lit(1)), gt(age, lit(30)))))
                .matches("""
                        Filter((users.age > 30))
                          Scan(users)
                        """);
    }

    @Test
    void xAndTrueIsX() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, and(gt(age, lit(30)), Literal.TRUE)))
                .matches("""
                        Filter((users.age > 30))
                          Scan(users)
                        """);
    }

    @Test
    void xAndFalseIsFalseEvenWhenXMayBeNull() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, and(gt(age, lit(30)), eq(lit(1), lit(2)))))
                .matches("""
                        Filter(FALSE)
                          Scan(users)
                        """);
    }

    @Test
    void falseOrXIsX() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, or(Literal.FALSE, eq(country, lit("UK")))))
                .matches("""
                        Filter((users.country = 'UK'))
                          Scan(users)
                        """);
    }

    @Test
    void xOrTrueIsTrue() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, or(eq(country, lit("UK")), gt(lit(3), lit(2)))))
                .matches("""
                        Filter(TRUE)
                          Scan(users)
                        """);
    }

    @Test
    void foldsACastOfAConstant() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, gt(age, new Cast(lit("42"), DataType.INT))))
                .matches("""
                        Filter((users.age > 42))
                          Scan(users)
                        """);
    }

    @Test
    void doesNotFoldAnAdditionThatWouldOverflow() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, gt(age, plus(lit(Integer.MAX_VALUE), lit(1)))))
                .doesNotFire();
    }

    @Test
    void doesNotFoldACastThatWouldFail() {
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, gt(age, new Cast(lit("abc"), DataType.INT))))
                .doesNotFire();
    }

    @Test
    void foldsWhatItCanAroundAnOverflowAndLeavesTheOverflowAlone() {
        Arithmetic overflow = plus(lit(Integer.MAX_VALUE), lit(1));
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, and(gt(lit(2), lit(1)), gt(age, overflow))))
                .matches("""
                        Filter((users.age > (2147483647 + 1)))
                          Scan(users)
                        """);
    }

    @Test
    void doesNotFireOnAndWithAnUnknownNull() {
        // x AND NULL is FALSE or NULL depending on x: nothing to fold.
        RuleAssert.assertThat(new FoldConstants())
                .on(filter(users, and(gt(age, lit(30)), Literal.nullOf(DataType.BOOLEAN))))
                .doesNotFire();
    }

    @Test
    void doesNotFireWithoutConstantSubexpressions() {
        RuleAssert.assertThat(new FoldConstants()).on(filter(users, gt(age, lit(30)))).doesNotFire();
    }

    @Test
    void foldedLiteralsKeepTheExpressionsType() {
        Expression folded = FoldConstants.fold(new Arithmetic(Arithmetic.Op.DIVIDE,
                new Cast(lit(7), DataType.DOUBLE), new Cast(lit(2), DataType.DOUBLE), DataType.DOUBLE));
        assertThat(folded).isEqualTo(new Literal(3.5, DataType.DOUBLE));
        assertThat(FoldConstants.fold(plus(lit(40L), lit(2L)))).isEqualTo(new Literal(42L, DataType.BIGINT));
    }
}
