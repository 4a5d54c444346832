package io.minispark.cli;

import io.minispark.result.QueryResult;
import io.minispark.result.ResultFormat;
import io.minispark.result.Row;
import io.minispark.result.RowBatches;
import io.minispark.sql.StatementResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints what a statement gives back in the chosen format; query results stream batch by batch.
 * While a query runs, an optional progress bar (on the terminal, not {@code out}) shows how far it is.
 */
final class StatementPrinter {
    private final PrintWriter out;
    private final ResultFormat format;
    private final Supplier<ProgressBar> progress;

    StatementPrinter(PrintWriter out, ResultFormat format) {
        this(out, format, null);
    }

    /** @param progress makes a bar for each query, or null for none */
    StatementPrinter(PrintWriter out, ResultFormat format, Supplier<ProgressBar> progress) {
        this.out = out;
        this.format = format;
        this.progress = progress;
    }

    /** Prints the result; returns the number of rows printed. */
    long print(StatementResult result) {
        long rows = 0;
        switch (result) {
            case StatementResult.Query query -> {
                try (QueryResult stream = run(query)) {
                    CountingIterable counted = new CountingIterable(stream);
                    format.writer(out, stream.schema()).writeAll(counted);
                    rows = counted.rows;
                }
            }
            case StatementResult.Rows table -> {
                format.writer(out, table.schema()).writeAll(List.of(RowBatches.of(table.schema(), table.rows())));
                rows = table.rows().size();
            }
            case StatementResult.Text text -> {
                if (format == ResultFormat.TABLE) {
                    out.print(text.text());
                } else {
                    format.writer(out, text.schema()).writeAll(List.of(RowBatches.of(text.schema(), text.rows())));
                }
                rows = text.rows().size();
            }
            case StatementResult.Message message -> {
                if (format == ResultFormat.TABLE) {
                    out.println(message.text());
                } else {
                    List<Row> lines = message.rows();
                    format.writer(out, message.schema()).writeAll(List.of(RowBatches.of(message.schema(), lines)));
                }
            }
        }
        out.flush();
        return rows;
    }

    /** Runs the query's stages; the bar, if any, is wiped before a single result row prints. */
    private QueryResult run(StatementResult.Query query) {
        if (progress == null) {
            return query.dataFrame().execute();
        }
        ProgressBar bar = progress.get();
        try (AutoCloseable ticking = bar.ticking()) {
            return query.dataFrame().queryExecution().execute(bar);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the rows of the batches it passes on. */
    private static final class CountingIterable implements Iterable<io.minispark.vector.Batch> {
        private final Iterable<io.minispark.vector.Batch> source;
        long rows;

        CountingIterable(Iterable<io.minispark.vector.Batch> source) {
            this.source = source;
        }

        @Override
        public java.util.Iterator<io.minispark.vector.Batch> iterator() {
            java.util.Iterator<io.minispark.vector.Batch> inner = source.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public io.minispark.vector.Batch next() {
                    io.minispark.vector.Batch batch = inner.next();
                    rows += batch.rowCount();
                    return batch;
                }
            };
        }
    }
}
