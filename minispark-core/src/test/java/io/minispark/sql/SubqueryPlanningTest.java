package io.minispark.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.Session;
import io.minispark.errors.MinisparkException;
import io.minispark.logical.Expression;
import io.minispark.logical.Join;
import io.minispark.logical.JoinType;
import io.minispark.logical.LogicalPlan;
import io.minispark.logical.Plans;
import io.minispark.logical.SubqueryExpression;
import io.minispark.physical.HashJoinExec;
import io.minispark.physical.NestedLoopJoinExec;
import io.minispark.physical.PhysicalPlan;
import io.minispark.physical.UnionExec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How subqueries, WITH queries and set operations are planned: subqueries become joins (semi, anti,
 * left outer on the correlation keys, or a cross join with one row), never an expression evaluated
 * per row; a WITH query used twice reads fresh columns; UNION ALL is a union of shuffled inputs.
 */
class SubqueryPlanningTest {
    @TempDir
    Path temp;

    private Session session() throws IOException {
        SqlCorpusTest.copyCsvs(SqlCorpusTest.SAMPLE, temp);
        SqlCorpusTest.copyCsvs(SqlCorpusTest.CORPUS.resolve("data"), temp);
        return Session.builder().dataDir(temp).shufflePartitions(3).build();
    }

    private static List<Join> joins(LogicalPlan plan) {
        List<Join> out = new ArrayList<>();
        Plans.transformDown(plan, node -> {
            if (node instanceof Join j) {
                out.add(j);
            }
            return node;
        });
        return out;
    }

    private static boolean holdsSubquery(LogicalPlan plan) {
        boolean[] found = {false};
        Plans.transformDown(plan, node -> {
            for (Expression e : Plans.expressions(node)) {
                found[0] |= containsSubquery(e);
            }
            return node;
        });
        return found[0];
    }

    private static boolean containsSubquery(Expression e) {
        return e instanceof SubqueryExpression || e.children().stream().anyMatch(SubqueryPlanningTest::containsSubquery);
    }

    private static List<PhysicalPlan> physicalNodes(PhysicalPlan plan) {
        List<PhysicalPlan> out = new ArrayList<>();
        out.add(plan);
        plan.children().forEach(c -> out.addAll(physicalNodes(c)));
        return out;
    }

    private static String explain(Session session, String sql) {
        return String.join("\n", session.execute("EXPLAIN " + sql).rows().stream().map(r -> r.getString(0)).toList());
    }

    @Test
    void existsAndNotExistsBecomeSemiAndAntiHashJoinsOnTheCorrelation() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT item_id FROM items i WHERE EXISTS (SELECT * FROM categories c WHERE c.category = i.category)"
                    + " AND NOT EXISTS (SELECT * FROM orders o WHERE o.order_id = i.item_id AND o.quantity > i.stock)";
            LogicalPlan analyzed = session.sql(sql).logicalPlan();
            assertThat(holdsSubquery(analyzed)).isFalse();
            assertThat(joins(analyzed)).extracting(Join::joinType).containsExactlyInAnyOrder(JoinType.LEFT_SEMI, JoinType.LEFT_ANTI);
            List<PhysicalPlan> nodes = physicalNodes(session.sql(sql).queryExecution().physical());
            assertThat(nodes).filteredOn(n -> n instanceof HashJoinExec).extracting(n -> ((HashJoinExec) n).joinType())
                    .containsExactlyInAnyOrder(JoinType.LEFT_SEMI, JoinType.LEFT_ANTI);
            assertThat(nodes).noneMatch(n -> n instanceof NestedLoopJoinExec);
            // The non-equality part of the correlation is the anti join's residual.
            HashJoinExec anti = (HashJoinExec) nodes.stream()
                    .filter(n -> n instanceof HashJoinExec h && h.joinType() == JoinType.LEFT_ANTI).findFirst().orElseThrow();
            assertThat(anti.residual()).hasToString("(o.quantity > i.stock)");
            assertThat(explain(session, sql)).contains("\"left_semi\"", "\"left_anti\"");
        }
    }

    @Test
    void inBecomesASemiJoinOnTheValue() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT first_name FROM users WHERE user_id IN (SELECT user_id FROM orders WHERE price > 1000)";
            List<Join> joins = joins(session.sql(sql).logicalPlan());
            assertThat(joins).singleElement().satisfies(j -> {
                assertThat(j.joinType()).isEqualTo(JoinType.LEFT_SEMI);
                assertThat(j.condition()).hasToString("(users.user_id = orders.user_id)");
            });
            assertThat(session.sql(sql).collect()).hasSize(4);
        }
    }

    @Test
    void notInOverNullableColumnsChecksTheSubquerysCountsInOneJoinedRow() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT item_id FROM items WHERE stock NOT IN (SELECT stock FROM items WHERE price > 3)";
            List<Join> joins = joins(session.sql(sql).logicalPlan());
            assertThat(joins).extracting(Join::joinType).containsExactlyInAnyOrder(JoinType.LEFT_ANTI, JoinType.CROSS);
            assertThat(explain(session, sql)).contains("count(*) AS subquery_rows", "\"left_anti\"");
        }
    }

    @Test
    void correlatedScalarSubqueryIsAggregatedPerKeyAndLeftJoined() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT item_id FROM items i WHERE price > (SELECT 0.5 * avg(j.price) FROM items j WHERE j.category = i.category)";
            LogicalPlan analyzed = session.sql(sql).logicalPlan();
            assertThat(holdsSubquery(analyzed)).isFalse();
            assertThat(joins(analyzed)).singleElement().satisfies(j -> {
                assertThat(j.joinType()).isEqualTo(JoinType.LEFT);
                assertThat(j.condition()).hasToString("(j.category = i.category)");
            });
            String text = explain(session, sql);
            assertThat(text).contains("Aggregate(group_by: j.category", "HashJoin((i.category) == (j.category), \"left\"");
        }
    }

    @Test
    void uncorrelatedScalarSubqueryIsOneRowJoinedToEveryRow() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT item_id FROM items WHERE price > (SELECT avg(price) FROM items)";
            List<PhysicalPlan> nodes = physicalNodes(session.sql(sql).queryExecution().physical());
            assertThat(nodes).filteredOn(n -> n instanceof NestedLoopJoinExec).singleElement()
                    .satisfies(n -> assertThat(((NestedLoopJoinExec) n).joinType()).isEqualTo(JoinType.INNER));
            assertThat(joins(session.sql(sql).logicalPlan())).extracting(Join::joinType).containsExactly(JoinType.CROSS);
        }
    }

    @Test
    void aScalarSubqueryThatIsNotAnAggregateIsCheckedForOneRow() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT item_id FROM items WHERE stock = (SELECT rank FROM categories WHERE rank > 2)";
            assertThat(explain(session, sql)).contains("assert_single_row(subquery_rows");
            assertThat(session.sql(sql).collect()).isEmpty();
            assertThatThrownBy(() -> session.sql("SELECT (SELECT rank FROM categories) FROM items").collect())
                    .isInstanceOf(MinisparkException.class).hasMessageContaining("more than one row");
        }
    }

    @Test
    void subqueryExpressionsNeverReachTheOptimizer() throws IOException {
        try (Session session = session()) {
            LogicalPlan plan = session.sql("SELECT label, (SELECT count(*) FROM items i WHERE i.category = c.category) AS n,"
                    + " (SELECT max(rank) FROM categories) AS top FROM categories c"
                    + " WHERE rank IN (SELECT stock FROM items) AND rank > 0").logicalPlan();
            assertThat(holdsSubquery(plan)).isFalse();
        }
    }

    @Test
    void withQueryUsedTwiceReadsFreshColumns() throws IOException {
        try (Session session = session()) {
            LogicalPlan plan = session.sql("WITH t AS (SELECT rank FROM categories) SELECT a.rank, b.rank FROM t a, t b").logicalPlan();
            assertThat(plan.output()).hasSize(2);
            assertThat(plan.output().get(0).id()).isNotEqualTo(plan.output().get(1).id());
            assertThat(session.sql("WITH t AS (SELECT rank FROM categories) SELECT a.rank, b.rank FROM t a, t b").collect())
                    .hasSize(9);
        }
    }

    @Test
    void unionAllShufflesEveryInputIntoOneStage() throws IOException {
        try (Session session = session()) {
            String sql = "SELECT category FROM items UNION ALL SELECT category FROM categories";
            List<PhysicalPlan> nodes = physicalNodes(session.sql(sql).queryExecution().physical());
            assertThat(nodes).filteredOn(n -> n instanceof UnionExec).singleElement()
                    .satisfies(u -> assertThat(u.children()).hasSize(2)
                            .allMatch(c -> c instanceof io.minispark.physical.ExchangeExec));
            assertThat(explain(session, sql)).contains("Union(inputs: 2)", "Union");
            assertThat(session.sql(sql).count()).isEqualTo(11);
            assertThat(session.sql("SELECT category FROM items UNION SELECT category FROM categories").count()).isEqualTo(5);
        }
    }

    @Test
    void unsupportedShapesSayWhatIsNotSupported() throws IOException {
        try (Session session = session()) {
            assertThatThrownBy(() -> session.sql("SELECT item_id FROM items i WHERE price > "
                    + "(SELECT avg(price) FROM items j WHERE j.price > i.price)"))
                    .isInstanceOf(MinisparkException.class).hasMessageContaining("not supported");
            assertThatThrownBy(() -> session.sql("SELECT item_id FROM items i WHERE EXISTS "
                    + "(SELECT * FROM categories c WHERE c.category = i.category LIMIT 1)"))
                    .isInstanceOf(MinisparkException.class).hasMessageContaining("LIMIT");
        }
    }
}
