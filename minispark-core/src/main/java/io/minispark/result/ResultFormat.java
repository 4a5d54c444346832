package io.minispark.result;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.util.Locale;

/** How query results are printed: a box table for people, CSV or JSON for programs. */
public enum ResultFormat {
    TABLE, CSV, JSON;

    public static ResultFormat parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                    "unknown output format \"" + name + "\"; expected table, csv or json");
        };
    }

    /** A writer of this format over the given output. */
    public ResultWriter writer(Appendable out, io.minispark.types.Schema schema) {
        return switch (this) {
            case TABLE -> new BoxTableWriter(out, schema);
            case CSV -> new CsvResultWriter(out, schema);
            case JSON -> new JsonResultWriter(out, schema);
        };
    }
}
