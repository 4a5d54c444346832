package io.minispark.types;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An ordered list of fields: the shape of a table, a batch, or an operator's output. */
public record Schema(List<Field> fields) implements Serializable {
    public Schema {
        fields = List.copyOf(fields);
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public int size() {
        return fields.size();
    }

    public Field field(int i) {
        return fields.get(i);
    }

    public DataType type(int i) {
        return fields.get(i).type();
    }

    public List<DataType> types() {
        return fields.stream().map(Field::type).toList();
    }

    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** The index of the field with this exact name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Schema select(int[] columns) {
        List<Field> out = new ArrayList<>(columns.length);
        for (int c : columns) {
            out.add(fields.get(c));
        }
        return new Schema(out);
    }

    public Schema concat(Schema other) {
        List<Field> out = new ArrayList<>(fields);
        out.addAll(other.fields);
        return new Schema(out);
    }

    /** The same fields, every one nullable: for files whose readers check every row for NULL anyway. */
    public Schema allNullable() {
        return new Schema(fields.stream().map(f -> f.nullable() ? f : new Field(f.name(), f.type(), true)).toList());
    }

    @Override
    public String toString() {
        return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
