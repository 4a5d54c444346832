package io.minispark.io;

import io.minispark.io.csv.CsvBatchReader;
import io.minispark.io.csv.CsvSchemaInference;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.nio.file.Path;

/**
 * Converts a CSV file into a native table, streaming batch by batch so memory stays bounded by one
 * batch plus one block. The write is atomic: on any error (a malformed line halfway through
 * included) the target table does not appear.
 */
public final class CsvImporter {
    private CsvImporter() {
    }

    /**
     * Imports {@code csv} into the native table directory {@code targetDirectory}.
     *
     * @param declaredSchema the column names and types to use instead of inferring them, or null;
     *                       it must have as many columns as the header
     * @return the number of rows written
     */
    public static long importCsv(Path csv, Path targetDirectory, Schema declaredSchema, CsvImportOptions options) {
        Schema schema = declaredSchema != null ? declaredSchema : CsvSchemaInference.infer(csv);
        int[] allColumns = new int[schema.size()];
        for (int i = 0; i < allColumns.length; i++) {
            allColumns[i] = i;
        }
        try (NativeTableWriter writer = new NativeTableWriter(targetDirectory, schema, options.blocks(), options.maxRowsPerPart(),
                options.replaceExisting());
                CsvBatchReader reader = CsvBatchReader.open(csv, schema, allColumns, options.batchSize())) {
            for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
                writer.write(batch);
            }
            return writer.commit().rowCount();
        }
    }
}
