package io.minispark.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decimals print with exactly their scale's fractional digits in every output format, as DuckDB prints them. */
class DecimalOutputTest {
    private static final DataType PRICE = DataType.decimal(15, 2);
    private static final DataType WHOLE = DataType.decimal(18, 0);
    private static final Schema SCHEMA = Schema.of(new Field("price", PRICE), new Field("whole", WHOLE));

    private static Batch batch() {
        return new Batch(new Vector[] {
            new LongVector(PRICE, new long[] {123450L, -5L, 0L}, new boolean[] {false, false, true}),
            new LongVector(WHOLE, new long[] {-999_999_999_999_999_999L, 0L, 7L}, null)}, 3);
    }

    private static String write(ResultFormat format) {
        StringBuilder out = new StringBuilder();
        format.writer(out, SCHEMA).writeAll(List.of(batch()));
        return out.toString();
    }

    @Test
    void csvPrintsEveryFractionalDigit() {
        assertThat(write(ResultFormat.CSV)).isEqualTo("price,whole\r\n1234.50,-999999999999999999\r\n-0.05,0\r\n,7\r\n");
    }

    @Test
    void jsonPrintsDecimalsAsNumbers() {
        assertThat(write(ResultFormat.JSON)).isEqualTo("[\n"
                + "{\"price\": 1234.50, \"whole\": -999999999999999999},\n"
                + "{\"price\": -0.05, \"whole\": 0},\n"
                + "{\"price\": null, \"whole\": 7}\n"
                + "]\n");
    }

    @Test
    void theBoxTablePrintsEveryFractionalDigitRightAligned() {
        String table = write(ResultFormat.TABLE);
        assertThat(table).contains("│ 1234.50 │").contains("│   -0.05 │").contains("│    NULL │");
        assertThat(BoxTable.format(PRICE, 100L)).isEqualTo("1.00");
    }

    @Test
    void rowsHoldBigDecimalsOfTheTypesScale() {
        assertThat(batch().column(0).getObject(0)).isEqualTo(new java.math.BigDecimal("1234.50"));
        assertThat(((java.math.BigDecimal) batch().column(0).getObject(1)).scale()).isEqualTo(2);
        assertThat(batch().column(0).getObject(2)).isNull();
    }
}
