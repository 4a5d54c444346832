package io.minispark.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two random tables with NULLs in every nullable column, from a seed, and queries over them drawn
 * from templates with random constants. Table r(id, k, v, d, s, dt) and q(id, k, w).
 */
final class RandomTables {
    private static final String[] WORDS = {"apple", "avocado", "banana", "cherry", "date", "Elder", "fig", "grape"};

    /** A query and whether its result order is defined. */
    record Query(String sql, boolean ordered) {
    }

    private final long seed;
    private final Random random;
    private final List<String> r = new ArrayList<>();
    private final List<String> q = new ArrayList<>();

    RandomTables(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        int rows = 20 + random.nextInt(80);
        r.add("id,k,v,d,s,dt");
        for (int i = 1; i <= rows; i++) {
            r.add(i + "," + maybe(() -> String.valueOf(random.nextInt(5))) + "," + maybe(() -> String.valueOf(random.nextInt(101) - 50))
                    + "," + maybe(() -> String.valueOf(Math.round(random.nextDouble() * 20000 - 10000) / 100.0))
                    + "," + maybe(() -> WORDS[random.nextInt(WORDS.length)])
                    + "," + maybe(() -> LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)).toString()));
        }
        int others = 5 + random.nextInt(20);
        q.add("id,k,w");
        for (int i = 1; i <= others; i++) {
            q.add(i + "," + maybe(() -> String.valueOf(random.nextInt(7))) + "," + maybe(() -> String.valueOf(random.nextInt(61) - 30)));
        }
    }

    long seed() {
        return seed;
    }

    private String maybe(java.util.function.Supplier<String> value) {
        return random.nextInt(5) == 0 ? "" : value.get();
    }

    void writeCsvs(Path dir) throws IOException {
        Files.write(dir.resolve("r.csv"), r);
        Files.write(dir.resolve("q.csv"), q);
    }

    void load(DuckDb duck, Path dir) throws SQLException {
        duck.loadCsv("r", dir.resolve("r.csv"),
                "{'id': 'INTEGER', 'k': 'INTEGER', 'v': 'INTEGER', 'd': 'DOUBLE', 's': 'VARCHAR', 'dt': 'DATE'}");
        duck.loadCsv("q", dir.resolve("q.csv"), "{'id': 'INTEGER', 'k': 'INTEGER', 'w': 'INTEGER'}");
    }

    List<Query> queries() {
        Random p = new Random(seed * 31 + 7);
        int c = p.nextInt(61) - 30;
        int lo = p.nextInt(40) - 40;
        int hi = lo + p.nextInt(60);
        String letter = WORDS[p.nextInt(WORDS.length)].substring(0, 1);
        double x = p.nextInt(100) - 50;
        return List.of(
                new Query("SELECT k, COUNT(*), COUNT(v), SUM(v), MIN(s), MAX(d), AVG(v) FROM r GROUP BY k", false),
                new Query("SELECT id, v, s FROM r WHERE v > " + c + " AND (s LIKE '" + letter + "%' OR d IS NULL)", false),
                new Query("SELECT r.id, q.w FROM r JOIN q ON r.k = q.k WHERE r.v BETWEEN " + lo + " AND " + hi, false),
                new Query("SELECT r.id, q.id, q.w FROM r LEFT JOIN q ON r.k = q.k AND q.w > " + c, false),
                new Query("SELECT r.id, q.id FROM r RIGHT JOIN q ON r.k = q.k AND r.v < q.w", false),
                new Query("SELECT r.id, q.id FROM r FULL OUTER JOIN q ON r.k = q.k AND r.v < q.w", false),
                new Query("SELECT id, v FROM r ORDER BY v DESC NULLS FIRST, id LIMIT " + (1 + p.nextInt(10))
                        + " OFFSET " + p.nextInt(5), true),
                new Query("SELECT s, SUM(d), COUNT(DISTINCT k) FROM r GROUP BY s HAVING COUNT(*) > " + p.nextInt(8), false),
                new Query("SELECT id, CASE WHEN v > 0 THEN 'pos' WHEN v < 0 THEN 'neg' ELSE 'zero' END, COALESCE(s, 'none'), ABS(v) "
                        + "FROM r WHERE k IN (1, 3) OR k IS NULL", false),
                new Query("SELECT EXTRACT(MONTH FROM dt) AS m, COUNT(*), MIN(dt) FROM r GROUP BY m", false),
                new Query("SELECT DISTINCT k, s FROM r WHERE NOT (v < " + c + ")", false),
                new Query("SELECT k, SUM(v) AS t FROM r GROUP BY k ORDER BY t DESC NULLS LAST, k NULLS LAST", true),
                new Query("SELECT r.k, COUNT(*), SUM(q.w) FROM r, q WHERE r.k = q.k GROUP BY r.k", false),
                new Query("SELECT id, v % 7, v * 2 - 1, d / 2, -d FROM r WHERE d > " + x, false),
                new Query("SELECT s || '-' || CAST(k AS VARCHAR), UPPER(s), LENGTH(s), SUBSTRING(s, 2, 3) FROM r", false),
                new Query("SELECT id FROM r WHERE dt BETWEEN '2024-03-01' AND '2024-09-30' AND s NOT IN ('fig', 'date')", false),
                new Query("SELECT s FROM r WHERE v IS NOT NULL GROUP BY s ORDER BY MAX(v) DESC, s NULLS FIRST LIMIT 3", true),
                new Query("SELECT r.s, q.w FROM r CROSS JOIN q WHERE r.id < 4 AND q.id < 4", false));
    }
}
