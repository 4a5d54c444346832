package io.minispark.trace;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Chrome trace-event file back into a {@link Timeline}: its complete ("X") events, grouped
 * into tracks by process and thread, named by the file's thread_name metadata. Accepts both the
 * object form ({@code {"traceEvents": [...]}}) and a bare array of events.
 */
public final class TraceFileReader {
    private TraceFileReader() {
    }

    public static Timeline read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MinisparkException(ErrorCode.IO_ERROR, "cannot read the trace file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, file + " is " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    public static Timeline parse(String json) {
        Object root = JsonText.parse(json);
        List<Object> events = root instanceof Map<?, ?> map ? (List<Object>) map.get("traceEvents") : (List<Object>) root;
        if (events == null) {
            throw new IllegalArgumentException("without traceEvents");
        }
        Map<List<Long>, String> names = new HashMap<>();
        Map<List<Long>, Long> sortIndex = new HashMap<>();
        Map<List<Long>, List<Map<String, Object>>> spans = new LinkedHashMap<>();
        for (Object e : events) {
            Map<String, Object> event = (Map<String, Object>) e;
            List<Long> key = List.of(number(event.get("pid")), number(event.get("tid")));
            Map<String, Object> args = event.get("args") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
            String phase = String.valueOf(event.get("ph"));
            if (phase.equals("M") && "thread_name".equals(event.get("name"))) {
                names.put(key, String.valueOf(args.get("name")));
            } else if (phase.equals("M") && "thread_sort_index".equals(event.get("name"))) {
                sortIndex.put(key, number(args.get("sort_index")));
            } else if (phase.equals("X")) {
                spans.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
            }
        }
        double origin = Double.MAX_VALUE;
        for (List<Map<String, Object>> list : spans.values()) {
            for (Map<String, Object> event : list) {
                origin = Math.min(origin, ((Number) event.get("ts")).doubleValue());
            }
        }
        long end = 0;
        List<Timeline.Track> tracks = new ArrayList<>();
        for (Map.Entry<List<Long>, List<Map<String, Object>>> entry : spans.entrySet()) {
            List<Timeline.Span> trackSpans = new ArrayList<>();
            for (Map<String, Object> event : entry.getValue()) {
                long start = Math.round(((Number) event.get("ts")).doubleValue() - origin);
                long duration = Math.round(event.get("dur") instanceof Number d ? d.doubleValue() : 0);
                Map<String, Object> args = event.get("args") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
                int stage = args.get("stage") instanceof Number s ? s.intValue() : -1;
                trackSpans.add(new Timeline.Span(String.valueOf(event.get("name")), String.valueOf(event.get("cat")),
                        start, duration, stage, args));
                end = Math.max(end, start + duration);
            }
            trackSpans.sort(Comparator.comparingLong(Timeline.Span::startMicros));
            List<Long> key = entry.getKey();
            String name = names.getOrDefault(key, "thread " + key.get(1));
            tracks.add(new Timeline.Track(key.get(0), key.get(1), name, trackSpans));
        }
        // Processes in the order they appear, tracks by their sort index (driver first) within each.
        List<Long> pids = tracks.stream().map(Timeline.Track::pid).distinct().toList();
        tracks.sort(Comparator.<Timeline.Track>comparingInt(t -> pids.indexOf(t.pid()))
                .thenComparingLong(t -> sortIndex.getOrDefault(List.of(t.pid(), t.tid()), t.tid())));
        return new Timeline(tracks, end);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
