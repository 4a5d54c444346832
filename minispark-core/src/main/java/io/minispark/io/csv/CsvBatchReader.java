package io.minispark.io.csv;

import io.minispark.io.BatchReader;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams a CSV file as batches of the selected columns, converted to the table schema's types.
 * Only selected fields are copied and parsed; the others are merely counted, which is what makes a
 * scan of two columns out of fifty cheap. Every record must have exactly as many fields as the schema
 * has columns; any line that breaks that or holds a value that does not parse as its column's type
 * fails the read with a MALFORMED_CSV error naming file, line, column and value.
 */
public final class CsvBatchReader implements BatchReader {
    private final Path file;
    private final Schema schema;
    private final int[] columns;
    private final int batchSize;
    private final CsvRecordSource source;
    private final ColumnConverter[] converters;
    private boolean exhausted;
    private long rowsRead;

    private CsvBatchReader(Path file, Schema schema, int[] columns, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.file = file;
        this.schema = schema;
        this.columns = columns.clone();
        this.batchSize = batchSize;
        boolean[] captured = new boolean[schema.size()];
        converters = new ColumnConverter[columns.length];
        for (int i = 0; i < columns.length; i++) {
            captured[columns[i]] = true;
            converters[i] = ColumnConverter.forType(schema.type(columns[i]), batchSize);
        }
        this.source = new CsvRecordSource(file, captured);
    }

    /**
     * Opens a CSV file whose columns are described by {@code schema} and reads its header.
     *
     * @param columns schema positions of the columns to produce, in output order (may be empty:
     *                batches then carry only a row count)
     */
    public static CsvBatchReader open(Path file, Schema schema, int[] columns, int batchSize) {
        CsvBatchReader reader = new CsvBatchReader(file, schema, columns, batchSize);
        try {
            reader.checkHeader();
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private void checkHeader() {
        List<String> header = CsvHeader.readFields(source);
        if (header.size() != schema.size()) {
            throw CsvErrors.malformedLine(file, 1, "the header has " + header.size() + " columns but the table schema has "
                    + schema.size());
        }
    }

    @Override
    public Batch next() {
        if (exhausted) {
            return null;
        }
        int rows = 0;
        while (rows < batchSize) {
            CsvRow row = source.next();
            if (row == null) {
                exhausted = true;
                break;
            }
            if (row.fieldCount() != schema.size()) {
                throw CsvErrors.malformedLine(file, row.lineNumber(), "expected " + schema.size() + " fields but found "
                        + row.fieldCount());
            }
            for (int i = 0; i < columns.length; i++) {
                int column = columns[i];
                try {
                    converters[i].append(row, column);
                } catch (IllegalArgumentException e) {
                    throw CsvErrors.malformedValue(file, row.lineNumber(), schema.field(column).name(), row.string(column),
                            schema.type(column).toString());
                }
            }
            rows++;
        }
        if (rows == 0) {
            return null;
        }
        rowsRead += rows;
        Vector[] vectors = new Vector[columns.length];
        for (int i = 0; i < columns.length; i++) {
            vectors[i] = converters[i].finish();
        }
        return new Batch(vectors, rows);
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public long blocksRead() {
        return 1;
    }

    @Override
    public long blocksSkipped() {
        return 0;
    }

    @Override
    public void close() {
        source.close();
    }

}
