package io.minispark.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/** Receives FastCSV's parse callbacks and fills the one reusable {@link CsvRow}. */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {
    private final CsvRow row;

    CsvRowHandler(CsvRow row) {
        this.row = row;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.begin(startingLineNumber);
    }

    @Override
    protected void handleField(int fieldIndex, char[] buffer, int offset, int length, boolean quoted) {
        row.field(fieldIndex, buffer, offset, length);
    }

    @Override
    protected CsvRow buildRecord() {
        return row;
    }
}
