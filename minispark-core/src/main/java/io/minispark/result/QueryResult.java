package io.minispark.result;

import io.minispark.exchange.ExchangeBuffers;
import io.minispark.exchange.ShuffleBlock;
import io.minispark.exchange.ShuffleBlockReader;
import io.minispark.io.BatchReader;
import io.minispark.scheduler.StageRun;
import io.minispark.trace.QueryMetrics;
import io.minispark.types.Schema;
import io.minispark.vector.Batch;
import io.minispark.vector.Vector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The output of a query, streamed from the final stage's blocks (in memory or in files) in job order,
 * batch by batch. Closing it frees the query's exchange memory and removes every temporary file of
 * the query. Also carries how each stage ran.
 */
public final class QueryResult implements AutoCloseable, Iterable<Batch> {
    private final Schema schema;
    private final List<ShuffleBlock> blocks;
    private final ExchangeBuffers exchange;
    private final List<StageRun> stages;
    private final Runnable cleanup;
    private final List<BatchReader> openReaders = new ArrayList<>();
    private boolean closed;

    /** @param exchange the query's exchange buffers, holding its memory blocks (null when all are files) */
    public QueryResult(Schema schema, List<ShuffleBlock> blocks, ExchangeBuffers exchange, List<StageRun> stages,
                       Runnable cleanup) {
        this.schema = schema;
        this.blocks = List.copyOf(blocks);
        this.exchange = exchange;
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

    /** Batches of the result; each block's file is opened when reached and closed when read. */
    @Override
    public Iterator<Batch> iterator() {
        return new Iterator<>() {
            private int blockIndex = -1;
            private BatchReader reader;
            private Batch next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (reader != null) {
                        next = reader.next();
                        if (next != null) {
                            break;
                        }
                        reader.close();
                        openReaders.remove(reader);
                        reader = null;
                    }
                    if (++blockIndex >= blocks.size()) {
                        return false;
                    }
                    // Blocks come out as they were written, however large: the writer bounded them.
                    reader = ShuffleBlockReader.open(blocks.get(blockIndex), exchange, Integer.MAX_VALUE);
                    openReaders.add(reader);
                }
                return true;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Batch batch = next;
                next = null;
                return batch;
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
            openReaders.forEach(BatchReader::close);
            openReaders.clear();
            cleanup.run();
        }
    }

    @Override
    public String toString() {
        return "QueryResult" + schema;
    }
}
