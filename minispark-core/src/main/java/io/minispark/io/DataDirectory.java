package io.minispark.io;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.io.csv.CsvSchemaInference;
import io.minispark.types.Schema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder tables live in, and the rules that turn a table name or path into a {@link TableRef}.
 *
 * <ul>
 *   <li>A bare name {@code users} is the native table directory {@code dir/users/} or else the CSV
 *       file {@code dir/users.csv}; the native table wins when both exist, as it is the faster copy.
 *       A name that matches only when ignoring case resolves too, as SQL names are case-insensitive.
 *   <li>Anything else is a path to a CSV file or a native table directory: absolute, or relative
 *       to the data directory first and to the working directory second.
 * </ul>
 * A CSV table's schema is inferred at resolution from a sample of its first rows, and cached while
 * the file's size and modification time stay the same.
 */
public final class DataDirectory {
    private static final String CSV_SUFFIX = ".csv";

    private final Path directory;
    private final Map<Path, CachedSchema> csvSchemas = new ConcurrentHashMap<>();

    /** An inferred schema and the file state it was inferred from. */
    private record CachedSchema(long size, long modifiedMillis, Schema schema) {
    }

    public DataDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path path() {
        return directory;
    }

    /** The table a name or path refers to; TABLE_NOT_FOUND with suggestions when there is none. */
    public TableRef resolve(String nameOrPath) {
        String text = nameOrPath == null ? "" : nameOrPath.strip();
        if (text.isEmpty()) {
            throw new MinisparkException(ErrorCode.TABLE_NOT_FOUND, "no table name given");
        }
        TableRef found = isBareName(text) ? resolveName(text) : resolvePath(text);
        if (found == null) {
            throw notFound(text);
        }
        return found;
    }

    /** Names of the tables in the directory (CSV files without extension, native table folders), sorted. */
    public List<String> listTables() {
        TreeSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                if (file.startsWith(".")) {
                    continue;
                }
                if (isCsvName(file) && Files.isRegularFile(entry)) {
                    names.add(file.substring(0, file.length() - CSV_SUFFIX.length()));
                } else if (NativeTables.isNativeTable(entry)) {
                    names.add(file);
                }
            }
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot list data directory " + directory + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    private TableRef resolveName(String name) {
        Path nativeTable = directory.resolve(name);
        if (NativeTables.isNativeTable(nativeTable)) {
            return new TableRef(name, nativeTable.toString(), TableFormat.NATIVE, NativeTables.readSchema(nativeTable));
        }
        Path csvFile = directory.resolve(name + CSV_SUFFIX);
        if (Files.isRegularFile(csvFile)) {
            return new TableRef(name, csvFile.toString(), TableFormat.CSV, csvSchema(csvFile));
        }
        for (String existing : listTables()) {
            if (existing.equalsIgnoreCase(name)) {
                return resolveName(existing);
            }
        }
        return null;
    }

    private TableRef resolvePath(String text) {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
        List<Path> candidates = new ArrayList<>(2);
        if (path.isAbsolute()) {
            candidates.add(path);
        } else {
            candidates.add(directory.resolve(path));
            candidates.add(path.toAbsolutePath());
        }
        for (Path candidate : candidates) {
            Path normalized = candidate.normalize();
            Path fileName = normalized.getFileName();
            String name = fileName == null ? normalized.toString() : stripCsvSuffix(fileName.toString());
            TableRef table = tableAt(normalized, name);
            if (table != null) {
                return table;
            }
        }
        return null;
    }

    /** The table stored at a path, or null when the path is neither a native table nor a CSV file. */
    private TableRef tableAt(Path path, String name) {
        if (NativeTables.isNativeTable(path)) {
            return new TableRef(name, path.toString(), TableFormat.NATIVE, NativeTables.readSchema(path));
        }
        if (Files.isRegularFile(path) && !path.toString().endsWith(NativeTables.PART_SUFFIX)) {
            return new TableRef(name, path.toString(), TableFormat.CSV, csvSchema(path));
        }
        return null;
    }

    private Schema csvSchema(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            CachedSchema cached = csvSchemas.get(file);
            if (cached != null && cached.size() == size && cached.modifiedMillis() == modified) {
                return cached.schema();
            }
            Schema schema = CsvSchemaInference.infer(file);
            csvSchemas.put(file, new CachedSchema(size, modified, schema));
            return schema;
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    private MinisparkException notFound(String text) {
        List<String> tables = listTables();
        String wanted = text;
        if (!isBareName(text)) {
            try {
                Path fileName = Path.of(text).getFileName();
                wanted = fileName == null ? text : stripCsvSuffix(fileName.toString());
            } catch (InvalidPathException e) {
                // Suggest from the raw text.
            }
        }
        List<String> suggestions = SimilarNames.closest(wanted, tables);
        StringBuilder message = new StringBuilder("table \"").append(text).append("\" not found in ").append(directory);
        if (!suggestions.isEmpty()) {
            message.append(" (did you mean ").append(String.join(", ", suggestions)).append("?)");
        } else if (tables.isEmpty()) {
            message.append(" (the directory has no tables)");
        } else {
            message.append(" (existing tables: ").append(String.join(", ", tables.subList(0, Math.min(10, tables.size()))))
                    .append(tables.size() > 10 ? ", ..." : "").append(')');
        }
        return new MinisparkException(ErrorCode.TABLE_NOT_FOUND, message.toString());
    }

    private static boolean isBareName(String text) {
        return text.indexOf('/') < 0 && text.indexOf('\\') < 0 && !isCsvName(text) && !text.startsWith(".");
    }

    private static boolean isCsvName(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(CSV_SUFFIX);
    }

    private static String stripCsvSuffix(String file) {
        return isCsvName(file) ? file.substring(0, file.length() - CSV_SUFFIX.length()) : file;
    }
}
