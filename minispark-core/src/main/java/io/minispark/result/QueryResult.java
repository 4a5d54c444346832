package io.minispark.result;

import io.minispark.io.block.BlockFileReader;
import io.minispark.scheduler.StageRun;
import io.minispark.trace.QueryMetrics;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The output of a query, streamed from the final stage's files in job order, batch by batch. Closing
 * it removes every temporary file of the query. Also carries how each stage ran.
 */
public final class QueryResult implements AutoCloseable, Iterable<Batch> {
    private final Schema schema;
    private final List<String> files;
    private final List<StageRun> stages;
    private final Runnable cleanup;
    private final List<BlockFileReader> openReaders = new ArrayList<>();
    private boolean closed;

    public QueryResult(Schema schema, List<String> files, List<StageRun> stages, Runnable cleanup) {
        this.schema = schema;
        this.files = List.copyOf(files);
        this.stages = List.copyOf(stages);
        this.cleanup = cleanup;
    }

    public Schema schema() {
        return schema;
    }

    public List<StageRun> stages() {
        return stages;
    }

    /** The run's figures: per stage jobs, rows, bytes, durations and skew, and per operator. */
    public QueryMetrics metrics() {
        return QueryMetrics.of(stages);
    }

    /** Batches of the result; each file is opened when reached and closed when read. */
    @Override
    public Iterator<Batch> iterator() {
        return new Iterator<>() {
            private int fileIndex = -1;
            private BlockFileReader reader;
            private int block;

            @Override
            public boolean hasNext() {
                while (reader == null || block >= reader.blockCount()) {
                    if (reader != null) {
                        reader.close();
                        openReaders.remove(reader);
                        reader = null;
                    }
                    if (++fileIndex >= files.size()) {
                        return false;
                    }
                    reader = BlockFileReader.open(Path.of(files.get(fileIndex)));
                    openReaders.add(reader);
                    block = 0;
                }
                return true;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return reader.readBlock(block++);
            }
        };
    }

    /** All rows, materialized. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Batch batch : this) {
            for (int r = 0; r < batch.rowCount(); r++) {
                Object[] values = new Object[batch.columnCount()];
                for (int c = 0; c < values.length; c++) {
                    Vector v = batch.column(c);
                    values[c] = v.getObject(r);
                }
                out.add(new Row(schema, values));
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            openReaders.forEach(BlockFileReader::close);
            openReaders.clear();
            cleanup.run();
        }
    }

    @Override
    public String toString() {
        return "QueryResult" + schema;
    }
}
