package io.minispark.api;

import io.minispark.io.SchemaDeclaration;
import io.minispark.io.TableFormat;
import io.minispark.io.TableRef;
import io.minispark.types.Schema;
import java.nio.file.Path;

/** Opens files as DataFrames: {@code session.read().schema("id INT, name STRING").csv("people.csv")}. */
public final class DataFrameReader {
    private final Session session;
    private Schema schema;

    DataFrameReader(Session session) {
        this.session = session;
    }

    /** Declares the schema instead of inferring it from a sample, e.g. {@code "id INT, name STRING"}. */
    public DataFrameReader schema(String declaration) {
        this.schema = SchemaDeclaration.parse(declaration);
        return this;
    }

    public DataFrameReader schema(Schema declared) {
        this.schema = declared;
        return this;
    }

    public DataFrame csv(String path) {
        TableRef table = session.dataDirectory().resolve(path);
        if (schema != null) {
            table = new TableRef(table.name(), table.path(), TableFormat.CSV, schema);
        }
        return new DataFrame(session, Session.scan(table));
    }

    /** A native table directory. */
    public DataFrame table(String path) {
        return new DataFrame(session, Session.scan(session.dataDirectory().resolve(Path.of(path).toString())));
    }
}
