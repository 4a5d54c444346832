package io.minispark.cli;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;

/** The seed's example query — users JOIN orders, GROUP BY country, HAVING — as a DataFrame. */
final class SeedExample {
    static final String SQL = """
            SELECT u.country, COUNT() AS orders_count, SUM(o.quantity*o.price) AS total_sales
            FROM 'users' AS u
                JOIN 'orders' AS o ON u.user_id=o.user_id
            GROUP BY u.country
            HAVING SUM(o.quantity*o.price) > 500;""";

    /** The code of {@link #build}, shown by the demo. */
    static final String SOURCE = """
            DataFrame users = session.table("users").alias("u");
            DataFrame orders = session.table("orders").alias("o");
            DataFrame df = users
                .join(orders, col("u.user_id").equalTo(col("o.user_id")), "inner")
                .groupBy(col("u.country"))
                .agg(count().alias("orders_count"),
                     sum(col("o.quantity").multiply(col("o.price"))).alias("total_sales"))
                .filter(sum(col("o.quantity").multiply(col("o.price"))).gt(500))
                .select(col("u.country"), col("orders_count"), col("total_sales"));""";

    private SeedExample() {
    }

    static DataFrame build(Session session) {
        DataFrame users = session.table("users").alias("u");
        DataFrame orders = session.table("orders").alias("o");
        return users
                .join(orders, col("u.user_id").equalTo(col("o.user_id")), "inner")
                .groupBy(col("u.country"))
                .agg(count().alias("orders_count"),
                        sum(col("o.quantity").multiply(col("o.price"))).alias("total_sales"))
                .filter(sum(col("o.quantity").multiply(col("o.price"))).gt(500))
                .select(col("u.country"), col("orders_count"), col("total_sales"));
    }
}
