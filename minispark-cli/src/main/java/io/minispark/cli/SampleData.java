package io.minispark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample data lives: {@code data/sample} of the minispark checkout. */
final class SampleData {
    private SampleData() {
    }

    static Path directory() {
        String home = System.getProperty("minispark.home");
        Path base = home != null ? Path.of(home) : Path.of(".");
        Path sample = base.resolve("data").resolve("sample");
        return Files.isDirectory(sample) ? sample : Path.of("data", "sample");
    }
}
