package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.length;
import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.result.QueryResult;
import io.minispark.types.DataType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading the tables themselves: CSV quirks (quotes, commas, non-ASCII, empty fields as NULL,
 * header-only files, all-NULL columns) and native tables with many blocks, whose scans split into
 * several jobs and must give the same rows as the CSV they were imported from.
 */
class TableDataTest extends EndToEndTestBase {
    /** For files one test writes for itself. */
    @TempDir
    Path scratchDir;

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void csvValuesWithQuotesCommasAndNonAsciiTextSurviveAsWritten(EngineSetup setup) {
        Session session = session(setup);
        List<List<Object>> notes = session.table("people").orderBy(col("id")).select("id", "name", "note").collect().stream()
                .map(r -> r.values()).toList();
        assertThat(notes).containsExactly(
                Arrays.asList(1, "Alice", "likes \"quotes\", and commas"),
                Arrays.asList(2, "Bob", "plain"),
                Arrays.asList(3, "Chloé", "Crème brûlée"),
                Arrays.asList(4, "Dmitri", "Привет мир"),
                Arrays.asList(5, "Eve", null),
                Arrays.asList(6, "Finn", "multi word, with comma"),
                Arrays.asList(7, "Grace", "日本語のテキスト"),
                Arrays.asList(8, null, "  padded  "));
        assertSameAsDuckDb(session.table("people"), "SELECT * FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void csvSchemaIsInferredPerColumn(EngineSetup setup) {
        Session session = session(setup);
        assertThat(session.table("people").schema().types()).containsExactly(DataType.INT, DataType.STRING, DataType.STRING,
                DataType.INT, DataType.DOUBLE, DataType.DATE, DataType.TIMESTAMP, DataType.BOOLEAN, DataType.STRING);
        assertThat(session.table("numbers").schema().types()).containsExactly(DataType.INT, DataType.STRING, DataType.DOUBLE,
                DataType.BIGINT, DataType.DATE);
        // Nothing to infer from: the columns of a header-only file and an all-empty column are text.
        assertThat(session.table("empty").schema().types()).containsExactly(DataType.STRING, DataType.STRING);
        assertThat(session.table("all_null").schema().types()).containsExactly(DataType.INT, DataType.STRING);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void headerOnlyCsvIsAnEmptyTable(EngineSetup setup) {
        Session session = session(setup);
        DataFrame inferred = session.table("empty");
        assertThat(inferred.columns()).containsExactly("id", "name");
        assertThat(inferred.collect()).isEmpty();
        assertThat(inferred.count()).isZero();
        DataFrame declared = session.read().schema(TestTables.EMPTY_SCHEMA).csv("empty.csv");
        assertThat(declared.groupBy("name").agg(count()).collect()).isEmpty();
        assertThat(declared.orderBy(col("id")).limit(3).collect()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void allNullColumnReadsAsNulls(EngineSetup setup) {
        Session session = session(setup);
        DataFrame allNull = session.table("all_null");
        assertRows(allNull, row(1, null), row(2, null), row(1, null));
        assertThat(allNull.filter(col("v").isNotNull()).count()).isZero();
        assertThat(allNull.filter(col("v").isNull()).count()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void nativeTablesGiveTheRowsOfTheirCsv(EngineSetup setup) {
        Session session = session(setup);
        assertSameAsDuckDb(session.table("people_blocks"), "SELECT * FROM people");
        assertSameAsDuckDb(session.table("numbers_blocks"), "SELECT * FROM numbers");
        assertThat(session.table("people_blocks").schema()).isEqualTo(session.table("people").schema());
        assertSameAsDuckDb(session.table("people_blocks").select(col("id"), length(col("note"))), "SELECT id, length(note) FROM people");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void nativeScanIsSplitIntoOneJobPerBlock(EngineSetup setup) {
        Session session = session(setup);
        int blocks = (TestTables.NUMBERS_ROWS + TestTables.NUMBERS_ROWS_PER_BLOCK - 1) / TestTables.NUMBERS_ROWS_PER_BLOCK;
        try (QueryResult result = session.table("numbers_blocks").filter(col("n").mod(2).equalTo(0)).execute()) {
            assertThat(result.stages()).hasSize(1);
            assertThat(result.stages().get(0).jobs()).hasSize(blocks);
            assertThat(result.rows()).hasSize(TestTables.NUMBERS_ROWS / 2);
        }
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void nativeTablesJoinAndAggregateLikeCsv(EngineSetup setup) {
        Session session = session(setup);
        DataFrame people = session.table("people_blocks").alias("p");
        DataFrame visits = session.table("visits").alias("v");
        assertSameAsDuckDb(people.join(visits, col("p.id").equalTo(col("v.person_id")), "full").groupBy(col("p.city"))
                        .agg(count(col("v.visit_id")), count()),
                "SELECT p.city, count(v.visit_id), count(*) FROM people p FULL JOIN visits v ON p.id = v.person_id GROUP BY p.city");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void csvWithWindowsLineEndingsAndQuotedLineBreaks(EngineSetup setup) {
        Session session = session(setup);
        Path file = TestTables.write(scratchDir.resolve("crlf.csv"),
                "k,text\r\n1,\"first line\nsecond line\"\r\n2,plain\r\n3,\"\"\"quoted\"\"\"\r\n");
        DataFrame df = session.read().csv(file.toString());
        assertRows(df, row(1, "first line\nsecond line"), row(2, "plain"), row(3, "\"quoted\""));
    }
}
