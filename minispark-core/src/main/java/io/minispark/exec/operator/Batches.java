package io.minispark.exec.operator;

import io.minispark.types.DataType;
import io.minispark.vector.Batch;
import io.minispark.vector.BooleanVector;
import io.minispark.vector.DoubleVector;
import io.minispark.vector.IntVector;
import io.minispark.vector.LongVector;
import io.minispark.vector.StringVector;
import io.minispark.vector.Vector;
import java.util.List;

/**
 * Concatenation of buffered batches into one, so blocking operators (join build sides, sort) can
 * address every buffered row with a single int.
 */
public final class Batches {
    private Batches() {
    }

    /** All rows of the batches, in order, as one batch with the given column types. */
    public static Batch concat(List<Batch> batches, List<DataType> types) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        long total = 0;
        for (Batch batch : batches) {
            total += batch.rowCount();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("cannot buffer more than 2^31 rows in one operator");
        }
        int rows = (int) total;
        Vector[] columns = new Vector[types.size()];
        for (int column = 0; column < columns.length; column++) {
            columns[column] = concatColumn(batches, column, types.get(column), rows);
        }
        return new Batch(columns, rows);
    }

    private static Vector concatColumn(List<Batch> batches, int column, DataType type, int rows) {
        boolean[] nulls = null;
        int at = 0;
        for (Batch batch : batches) {
            boolean[] part = batch.column(column).nulls();
            if (part != null) {
                if (nulls == null) {
                    nulls = new boolean[rows];
                }
                System.arraycopy(part, 0, nulls, at, batch.rowCount());
            }
            at += batch.rowCount();
        }
        return switch (type.physical()) {
            case BOOLEAN -> {
                boolean[] values = new boolean[rows];
                int offset = 0;
                for (Batch batch : batches) {
                    System.arraycopy(((BooleanVector) batch.column(column)).values(), 0, values, offset, batch.rowCount());
                    offset += batch.rowCount();
                }
                yield new BooleanVector(type, values, nulls);
            }
            case INT -> {
                int[] values = new int[rows];
                int offset = 0;
                for (Batch batch : batches) {
                    System.arraycopy(((IntVector) batch.column(column)).values(), 0, values, offset, batch.rowCount());
                    offset += batch.rowCount();
                }
                yield new IntVector(type, values, nulls);
            }
            case LONG -> {
                long[] values = new long[rows];
                int offset = 0;
                for (Batch batch : batches) {
                    System.arraycopy(((LongVector) batch.column(column)).values(), 0, values, offset, batch.rowCount());
                    offset += batch.rowCount();
                }
                yield new LongVector(type, values, nulls);
            }
            case DOUBLE -> {
                double[] values = new double[rows];
                int offset = 0;
                for (Batch batch : batches) {
                    System.arraycopy(((DoubleVector) batch.column(column)).values(), 0, values, offset, batch.rowCount());
                    offset += batch.rowCount();
                }
                yield new DoubleVector(type, values, nulls);
            }
            case STRING -> concatStrings(batches, column, type, rows, nulls);
        };
    }

    private static StringVector concatStrings(List<Batch> batches, int column, DataType type, int rows, boolean[] nulls) {
        long bytes = 0;
        for (Batch batch : batches) {
            StringVector part = (StringVector) batch.column(column);
            bytes += part.offsets()[part.length()] - part.offsets()[0];
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("cannot buffer more than 2 GiB of strings in one column");
        }
        byte[] data = new byte[(int) bytes];
        int[] offsets = new int[rows + 1];
        int row = 0;
        int byteAt = 0;
        for (Batch batch : batches) {
            StringVector part = (StringVector) batch.column(column);
            int[] partOffsets = part.offsets();
            int base = partOffsets[0];
            int length = partOffsets[part.length()] - base;
            System.arraycopy(part.data(), base, data, byteAt, length);
            for (int i = 1; i <= part.length(); i++) {
                offsets[row + i] = byteAt + partOffsets[i] - base;
            }
            row += part.length();
            byteAt += length;
        }
        return new StringVector(type, data, offsets, nulls);
    }
}
