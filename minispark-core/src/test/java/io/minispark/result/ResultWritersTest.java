package io.minispark.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.types.DataType;
import io.minispark.types.Dates;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import org.junit.jupiter.api.Test;

/** CSV, JSON and box-table output of every type, NULLs, and text that needs quoting. */
class ResultWritersTest {
    private static final Schema SCHEMA = Schema.of(new Field("id", DataType.INT), new Field("name", DataType.STRING),
            new Field("amount", DataType.DOUBLE), new Field("born", DataType.DATE), new Field("seen", DataType.TIMESTAMP),
            new Field("ok", DataType.BOOLEAN), new Field("big", DataType.BIGINT));

    private static Batch batch() {
        boolean[] nulls = {false, false, true};
        return new Batch(new Vector[] {
            new IntVector(DataType.INT, new int[] {1, -2, 0}, nulls),
            StringVector.of("a,b \"c\"\nd", "", null),
            new DoubleVector(DataType.DOUBLE, new double[] {2002.0, Double.NaN, 0}, nulls),
            new IntVector(DataType.DATE, new int[] {Dates.parseDate("1998-12-01"), 0, 0}, nulls),
            new LongVector(DataType.TIMESTAMP, new long[] {Dates.parseTimestamp("2025-01-01 10:00:00"),
                Dates.parseTimestamp("2025-01-01 10:00:00.25"), 0}, nulls),
            new BooleanVector(DataType.BOOLEAN, new boolean[] {true, false, false}, nulls),
            new LongVector(DataType.BIGINT, new long[] {1L << 40, 7, 0}, nulls)}, 3);
    }

    private static String write(ResultFormat format) {
        StringBuilder out = new StringBuilder();
        format.writer(out, SCHEMA).writeAll(java.util.List.of(batch()));
        return out.toString();
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() {
        assertThat(write(ResultFormat.CSV)).isEqualTo(
                "id,name,amount,born,seen,ok,big\r\n"
                + "1,\"a,b \"\"c\"\"\nd\",2002.0,1998-12-01,2025-01-01 10:00:00,true,1099511627776\r\n"
                + "-2,\"\",nan,1970-01-01,2025-01-01 10:00:00.25,false,7\r\n"
                + ",,,,,,\r\n");
    }

    @Test
    void jsonHasOneObjectPerRowWithTypedValues() {
        assertThat(write(ResultFormat.JSON)).isEqualTo("[\n"
                + "{\"id\": 1, \"name\": \"a,b \\\"c\\\"\\nd\", \"amount\": 2002.0, \"born\": \"1998-12-01\", "
                + "\"seen\": \"2025-01-01 10:00:00\", \"ok\": true, \"big\": 1099511627776},\n"
                + "{\"id\": -2, \"name\": \"\", \"amount\": \"nan\", \"born\": \"1970-01-01\", "
                + "\"seen\": \"2025-01-01 10:00:00.25\", \"ok\": false, \"big\": 7},\n"
                + "{\"id\": null, \"name\": null, \"amount\": null, \"born\": null, \"seen\": null, \"ok\": null, \"big\": null}\n"
                + "]\n");
    }

    @Test
    void emptyResultsStillHaveTheirHeaderOrBrackets() {
        StringBuilder csv = new StringBuilder();
        ResultFormat.CSV.writer(csv, SCHEMA).writeAll(java.util.List.of());
        assertThat(csv.toString()).isEqualTo("id,name,amount,born,seen,ok,big\r\n");
        StringBuilder json = new StringBuilder();
        ResultFormat.JSON.writer(json, SCHEMA).writeAll(java.util.List.of());
        assertThat(json.toString()).isEqualTo("[]\n");
    }

    @Test
    void theBoxTableRightAlignsNumbersAndShowsNull() {
        String table = write(ResultFormat.TABLE);
        assertThat(table).startsWith("╭").contains("│   id │").contains("│   -2 │").contains("│ NULL │");
        assertThat(table.lines().map(String::length).distinct().count()).as("all lines equally wide").isEqualTo(1);
    }
}
