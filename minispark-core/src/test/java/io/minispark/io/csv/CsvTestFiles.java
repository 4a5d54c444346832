package io.minispark.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes CSV text to a file. */
final class CsvTestFiles {
    private CsvTestFiles() {
    }

    static Path write(Path directory, String name, String content) {
        Path file = directory.resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
