package io.minispark.result;

import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The box table as a {@link ResultWriter}; it needs every row to size its columns, so it buffers. */
final class BoxTableWriter implements ResultWriter {
    private final Appendable out;
    private final BoxTable table;

    BoxTableWriter(Appendable out, Schema schema) {
        this.out = out;
        this.table = new BoxTable(schema);
    }

    @Override
    public void write(Batch batch) {
        table.add(batch);
    }

    @Override
    public void finish() {
        try {
            out.append(table.render());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
