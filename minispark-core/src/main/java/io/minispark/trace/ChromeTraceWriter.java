package io.minispark.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes trace fragments as one Chrome trace-event JSON file (what Perfetto and chrome://tracing
 * open). Each fragment becomes a process (its pid and name) with one named thread per track; every
 * event becomes a complete ("X") event whose timestamp is moved by the fragment's clock offset, so
 * fragments of several processes line up on the driver's clock. Timestamps are in microseconds with
 * nanosecond decimals.
 */
public final class ChromeTraceWriter {
    private ChromeTraceWriter() {
    }

    /** Writes the file, replacing it; the folder is created when missing. */
    public static void write(Path file, List<TraceFragment> fragments) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                write(out, fragments);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace file " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Writer out, List<TraceFragment> fragments) throws IOException {
        out.write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
        boolean first = true;
        for (TraceFragment fragment : fragments) {
            first = metadata(out, first, fragment.pid(), 0, "process_name", "name", fragment.processName());
            for (Map.Entry<Long, String> track : fragment.trackNames().entrySet()) {
                first = metadata(out, first, fragment.pid(), track.getKey(), "thread_name", "name", track.getValue());
                first = metadata(out, first, fragment.pid(), track.getKey(), "thread_sort_index", "sort_index", track.getKey());
            }
        }
        for (TraceFragment fragment : fragments) {
            List<TraceEvent> events = new ArrayList<>(fragment.events());
            events.sort(Comparator.comparingLong(TraceEvent::startNanos));
            for (TraceEvent event : events) {
                out.write(first ? "\n" : ",\n");
                first = false;
                out.write("{\"name\":");
                string(out, event.name());
                out.write(",\"cat\":");
                string(out, event.category());
                out.write(",\"ph\":\"X\",\"ts\":");
                out.write(micros(event.startNanos() + fragment.clockOffsetNanos()));
                out.write(",\"dur\":");
                out.write(micros(event.durationNanos()));
                out.write(",\"pid\":" + fragment.pid() + ",\"tid\":" + event.track());
                if (!event.args().isEmpty()) {
                    out.write(",\"args\":");
                    object(out, event.args());
                }
                out.write('}');
            }
        }
        out.write("\n]}\n");
    }

    private static boolean metadata(Writer out, boolean first, long pid, long tid, String name, String key, Object value)
            throws IOException {
        out.write(first ? "\n" : ",\n");
        out.write("{\"name\":\"" + name + "\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"args\":");
        object(out, Map.of(key, value));
        out.write('}');
        return false;
    }

    private static String micros(long nanos) {
        // Integer arithmetic keeps every nanosecond; a double would round large timestamps.
        long whole = Math.floorDiv(nanos, 1000);
        long fraction = Math.floorMod(nanos, 1000);
        return fraction == 0 ? Long.toString(whole) : String.format(Locale.ROOT, "%d.%03d", whole, fraction);
    }

    private static void object(Writer out, Map<String, Object> values) throws IOException {
        out.write('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            string(out, entry.getKey());
            out.write(':');
            Object value = entry.getValue();
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                out.write(Double.isFinite(d) ? Double.toString(d) : "null");
            } else if (value instanceof Number || value instanceof Boolean) {
                out.write(value.toString());
            } else if (value == null) {
                out.write("null");
            } else {
                string(out, value.toString());
            }
        }
        out.write('}');
    }

    static void string(Writer out, String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
