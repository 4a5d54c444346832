package io.minispark.e2e;

import static io.minispark.api.functions.col;
import static io.minispark.api.functions.count;
import static io.minispark.api.functions.sum;
import static io.minispark.api.functions.upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.api.DataFrame;
import io.minispark.api.Session;
import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.NativeTables;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User mistakes and damaged data give a {@link MinisparkException} with the right code and a
 * message that helps: suggestions for misspelt names, the file and line of a bad CSV line, the file
 * and block of a damaged native table. Analysis errors surface when the DataFrame is built; data
 * errors when it runs, on either engine, and leave no temporary files (checked after every test).
 */
class ErrorTest extends EndToEndTestBase {
    /** For the damaged files each test writes for itself. */
    @TempDir
    Path scratchDir;

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable call, ErrorCode code) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void unknownColumnSuggestsTheClosestName(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users");
        assertFails(() -> users.select(col("contry")), ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("contry")
                .hasMessageContaining("country");
        assertFails(() -> users.filter(col("agee").gt(1)), ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("age");
        assertFails(() -> users.alias("u").select(col("u.frist_name")), ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("first_name");
        assertFails(() -> users.groupBy("nope").agg(count()), ErrorCode.COLUMN_NOT_FOUND);
        assertFails(() -> users.orderBy(col("usr_id")), ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("did you mean \"user_id\"");
        assertFails(() -> users.withColumn("x", col("lastname")), ErrorCode.COLUMN_NOT_FOUND).hasMessageContaining("last_name");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void columnOfASelfJoinWithoutAliasesIsAmbiguous(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users");
        assertFails(() -> users.join(users, col("user_id").equalTo(col("user_id")), "inner"), ErrorCode.AMBIGUOUS_COLUMN)
                .hasMessageContaining("user_id");
        assertFails(() -> users.crossJoin(users).select(col("country")), ErrorCode.AMBIGUOUS_COLUMN);
        assertFails(() -> users.crossJoin(users).select(col("users.country")), ErrorCode.AMBIGUOUS_COLUMN);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void operandsOfTheWrongTypeAreATypeMismatch(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users");
        assertFails(() -> users.select(col("country").plus(1)), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.filter(col("country").equalTo(true)), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.filter(col("age")), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.filter(col("age").gt(1).and(col("country"))), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.select(col("country").like("U%").multiply(2)), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.select(upper(col("age"))), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> users.agg(sum(col("country"))), ErrorCode.TYPE_MISMATCH);
        assertFails(() -> session.table("people").select(col("born").plus(col("age"))), ErrorCode.TYPE_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void aggregatesNeedAGroupingContext(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users");
        assertFails(() -> users.filter(sum(col("age")).gt(10)), ErrorCode.AGGREGATE_IN_WHERE);
        assertFails(() -> users.withColumn("total", sum(col("age"))), ErrorCode.AGGREGATE_IN_WHERE);
        // A plain column next to an aggregate, without grouping by it.
        assertFails(() -> users.select(col("country"), count()), ErrorCode.NOT_GROUPED).hasMessageContaining("country");
        assertFails(() -> users.groupBy("country").agg(col("age")), ErrorCode.NOT_GROUPED).hasMessageContaining("age");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void missingTablesAndFiles(EngineSetup setup) {
        Session session = session(setup);
        assertFails(() -> session.table("user"), ErrorCode.TABLE_NOT_FOUND).hasMessageContaining("users");
        assertFails(() -> session.table("no_such_table"), ErrorCode.TABLE_NOT_FOUND).hasMessageContaining("no_such_table");
        assertFails(() -> session.read().csv("missing.csv"), ErrorCode.TABLE_NOT_FOUND).hasMessageContaining("missing.csv");
        assertFails(() -> session.read().table(scratchDir.resolve("nothing_here").toString()), ErrorCode.TABLE_NOT_FOUND);
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void lineWithTooFewFieldsNamesFileAndLine(EngineSetup setup) throws IOException {
        Session session = session(setup);
        Path file = Files.writeString(scratchDir.resolve("short_line.csv"), "a,b\n1,2\n3,4\n5\n6,7\n");
        DataFrame df = session.read().csv(file.toString());
        assertFails(df::collect, ErrorCode.MALFORMED_CSV).hasMessageContaining("short_line.csv").hasMessageContaining("line 4");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void valueThatDoesNotFitTheDeclaredTypeNamesFileLineAndColumn(EngineSetup setup) throws IOException {
        Session session = session(setup);
        Path file = Files.writeString(scratchDir.resolve("bad_value.csv"), "a,b\n1,x\n2,y\n3,z\nfour,w\n");
        DataFrame df = session.read().schema("a INT, b STRING").csv(file.toString());
        assertFails(() -> df.filter(col("a").gt(0)).collect(), ErrorCode.MALFORMED_CSV)
                .hasMessageContaining("bad_value.csv").hasMessageContaining("line 5").hasMessageContaining("four");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void unclosedQuoteIsMalformed(EngineSetup setup) throws IOException {
        Session session = session(setup);
        Path file = Files.writeString(scratchDir.resolve("open_quote.csv"), "a,b\n1,ok\n2,\"never closed\n3,x\n");
        // Reported when the file is opened (its schema is read from a sample even when declared) or at the latest when read.
        assertFails(() -> session.read().schema("a INT, b STRING").csv(file.toString()).collect(), ErrorCode.MALFORMED_CSV).hasMessageContaining("open_quote.csv").hasMessageContaining("line 3");
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void corruptNativeBlockNamesFileAndBlock(EngineSetup setup) throws IOException {
        Session session = session(setup);
        Path table = scratchDir.resolve("damaged");
        TestTables.importNative(dataDir.resolve("numbers.csv"), table, TestTables.NUMBERS_ROWS_PER_BLOCK);
        Path part = NativeTables.partFiles(table).get(0);
        // A third into the file lies in the data chunks of some block, well before the footer.
        flipByte(part, Files.size(part) / 3);
        DataFrame df = session.read().table(table.toString());
        assertFails(df::collect, ErrorCode.CORRUPT_FILE).hasMessageContaining(part.getFileName().toString())
                .hasMessageContaining("block ");
        // An aggregate over the damaged table fails the same way, from a job in the middle of a stage.
        assertFails(() -> df.groupBy("grp").agg(sum(col("val")), sum(col("n")), count(col("day"))).collect(), ErrorCode.CORRUPT_FILE);
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(position);
            int value = raw.read();
            raw.seek(position);
            raw.write(value ^ 0x5a);
        }
    }

    @ParameterizedTest
    @MethodSource("io.minispark.e2e.EngineMatrix#all")
    void invalidArguments(EngineSetup setup) {
        Session session = session(setup);
        DataFrame users = session.table("users");
        assertFails(() -> users.limit(-2), ErrorCode.INVALID_ARGUMENT);
        assertFails(() -> users.offset(-1), ErrorCode.INVALID_ARGUMENT);
        assertFails(() -> users.join(session.table("orders"), null, "left"), ErrorCode.INVALID_ARGUMENT);
    }
}
