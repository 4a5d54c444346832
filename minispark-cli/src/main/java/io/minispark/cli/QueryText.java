package io.minispark.cli;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The SQL a command runs: given inline with {@code -e} or read from a file with {@code -f}. */
final class QueryText {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = {"-e", "--execute"}, paramLabel = "SQL", description = "SQL to run (statements separated by ';').")
        String inline;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "File of SQL statements separated by ';'.")
        Path file;
    }

    String read() {
        if (source.inline != null) {
            return source.inline;
        }
        try {
            return Files.readString(source.file);
        } catch (NoSuchFileException e) {
            throw new MinisparkException(ErrorCode.FILE_NOT_FOUND, "SQL file " + source.file + " does not exist");
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read SQL file " + source.file + ": " + e.getMessage(), e);
        }
    }
}
