package io.minispark.io.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.LongVector;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DECIMAL columns in block files: the footer keeps precision and scale, statistics are unscaled longs. */
class DecimalBlockFileTest {
    private static final DataType PRICE = DataType.decimal(15, 2);
    private static final DataType RATE = DataType.decimal(18, 18);
    private static final Schema SCHEMA = Schema.of(new Field("price", PRICE), new Field("rate", RATE), new Field("id", DataType.BIGINT));

    @TempDir
    Path temp;

    @Test
    void roundTripsValuesTypesAndStatistics() {
        Path file = temp.resolve("prices.block");
        long maxRate = 999_999_999_999_999_999L;
        try (BlockFileWriter writer = new BlockFileWriter(file, SCHEMA, BlockFileOptions.defaults().withMaxRowsPerBlock(3))) {
            writer.write(batch(new long[] {12345L, -1L, 99_999_999_999_999L, 7L}, new boolean[] {false, false, false, true},
                    new long[] {maxRate, -maxRate, 0L, 5L}));
            writer.finish();
        }
        try (BlockFileReader reader = BlockFileReader.open(file)) {
            assertThat(reader.schema().type(0)).isEqualTo(PRICE);
            assertThat(reader.schema().type(1)).isEqualTo(RATE);
            assertThat(reader.schema().type(2)).isEqualTo(DataType.BIGINT);
            assertThat(reader.blockCount()).isEqualTo(2);
            Batch first = reader.readBlock(0, new int[] {0, 1});
            assertThat(first.column(0).type()).isEqualTo(PRICE);
            assertThat(((LongVector) first.column(0)).values()).containsExactly(12345L, -1L, 99_999_999_999_999L);
            assertThat(((LongVector) first.column(1)).values()).containsExactly(maxRate, -maxRate, 0L);
            assertThat(first.column(0).getObject(0)).isEqualTo(new java.math.BigDecimal("123.45"));
            assertThat(reader.readBlock(1, new int[] {0}).column(0).isNull(0)).isTrue();

            ColumnStatistics price = reader.blockStatistics(0).column(0);
            assertThat(price.min()).isEqualTo(-1L);
            assertThat(price.max()).isEqualTo(99_999_999_999_999L);
            ColumnStatistics rate = reader.blockStatistics(0).column(1);
            assertThat(rate.min()).isEqualTo(-maxRate);
            assertThat(rate.max()).isEqualTo(maxRate);
            ColumnStatistics allNull = reader.blockStatistics(1).column(0);
            assertThat(allNull.nullCount()).isEqualTo(1);
            assertThat(allNull.hasBounds()).isFalse();
        }
    }

    @Test
    void footerNamesDecimalsWithPrecisionAndScaleAndOtherTypesAsBefore() {
        assertThat(FooterCodec.typeName(PRICE)).isEqualTo("DECIMAL(15,2)");
        assertThat(FooterCodec.typeName(DataType.TIMESTAMP)).isEqualTo("TIMESTAMP");
        assertThat(FooterCodec.parseTypeName("DECIMAL(15,2)")).isEqualTo(PRICE);
        assertThat(FooterCodec.parseTypeName("DOUBLE")).isEqualTo(DataType.DOUBLE);
    }

    private static Batch batch(long[] prices, boolean[] priceNulls, long[] rates) {
        long[] ids = new long[prices.length];
        Arrays.setAll(ids, i -> i);
        return new Batch(new Vector[] {
            new LongVector(PRICE, prices, priceNulls),
            new LongVector(RATE, rates, null),
            new LongVector(DataType.BIGINT, ids, null),
        }, prices.length);
    }
}
