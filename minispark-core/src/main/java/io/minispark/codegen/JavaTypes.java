package io.minispark.codegen;

import io.minispark.types.DataType;

/** The Java spelling of SQL types in generated code: primitive type, zero value, vector class, type constant. */
final class JavaTypes {
    private JavaTypes() {
    }

    static String primitive(DataType type) {
        return switch (type.physical()) {
            case BOOLEAN -> "boolean";
            case INT -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case STRING -> "byte[]";
        };
    }

    static String zero(DataType type) {
        return switch (type.physical()) {
            case BOOLEAN -> "false";
            case INT -> "0";
            case LONG -> "0L";
            case DOUBLE -> "0.0";
            case STRING -> "io.minispark.codegen.StageRuntime.EMPTY_BYTES";
        };
    }

    static String vectorClass(DataType type) {
        return "io.minispark.vector." + switch (type.physical()) {
            case BOOLEAN -> "BooleanVector";
            case INT -> "IntVector";
            case LONG -> "LongVector";
            case DOUBLE -> "DoubleVector";
            case STRING -> "StringVector";
        };
    }

    /** A Java expression that rebuilds the type at class initialisation. */
    static String constant(DataType type) {
        return "io.minispark.codegen.StageRuntime.type(\"" + type.kind().name() + "\", " + type.precision() + ", "
                + type.scale() + ")";
    }

    /** A Java string literal for any text. */
    static String stringLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
