package io.minispark.api;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.result.Row;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's example, written with the DataFrame API, on the seed's sample data. */
public class SeedExampleTest {
    public static DataFrame seedQuery(Session session) {
        DataFrame users = session.table("users").alias("u");
        DataFrame orders = session.table("orders").alias("o");
        return users.join(orders, col("u.user_id").equalTo(col("o.user_id")), "inner")
                .groupBy(col("u.country"))
                .agg(count().alias("orders_count"), sum(col("o.quantity").multiply(col("o.price"))).alias("total_sales"))
                .filter(sum(col("o.quantity").multiply(col("o.price"))).gt(500))
                .select(col("u.country"), col("orders_count"), col("total_sales"));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void seedQueryGivesUkAndUsa(EngineKind engine) {
        for (boolean broadcast : new boolean[] {false, true}) {
            try (Session session = Session.builder().dataDir(Path.of("../data/sample")).engine(engine).broadcastJoins(broadcast).build()) {
                List<Row> rows = seedQuery(session).collect().stream()
                        .sorted(Comparator.comparing(r -> r.getString(0))).toList();
                assertThat(rows).containsExactly(Row.of("UK", 4L, 2002.0), Row.of("USA", 7L, 4535.0));
            }
        }
    }
}
