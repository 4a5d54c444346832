package io.minispark.errors;

/**
 * A user-facing error: a code, a one-paragraph message and, when known, where in the SQL text it
 * happened. {@link #render()} formats it the way the CLI and shell print it, with a caret line.
 */
public class MinisparkException extends RuntimeException {
    private final ErrorCode code;
    private final SourcePosition position;
    private final String sourceText;

    public MinisparkException(ErrorCode code, String message) {
        this(code, message, SourcePosition.UNKNOWN, null, null);
    }

    public MinisparkException(ErrorCode code, String message, Throwable cause) {
        this(code, message, SourcePosition.UNKNOWN, null, cause);
    }

    public MinisparkException(ErrorCode code, String message, SourcePosition position) {
        this(code, message, position, null, null);
    }

    public MinisparkException(ErrorCode code, String message, SourcePosition position, String sourceText, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.position = position == null ? SourcePosition.UNKNOWN : position;
        this.sourceText = sourceText;
    }

    public ErrorCode code() {
        return code;
    }

    public SourcePosition position() {
        return position;
    }

    public String sourceText() {
        return sourceText;
    }

    /** The same error, now knowing the statement text its position refers to. */
    public MinisparkException withSource(String text) {
        if (sourceText != null || !position.known()) {
            return this;
        }
        MinisparkException copy = new MinisparkException(code, getMessage(), position, text, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** 1-based line of the position, or 0 when unknown. */
    public int line() {
        return position.known() && sourceText != null ? TextLocation.line(sourceText, position.start()) : 0;
    }

    /** 1-based column of the position, or 0 when unknown. */
    public int column() {
        return position.known() && sourceText != null ? TextLocation.column(sourceText, position.start()) : 0;
    }

    /** The message as users see it: code, text and, with a known position, the line and a caret. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(code).append(": ").append(getMessage());
        if (position.known() && sourceText != null) {
            out.append('\n').append(TextLocation.caret(sourceText, position));
        }
        return out.toString();
    }
}
