package io.minispark.trace;

import java.util.List;
import java.util.Map;

/**
 * A trace read back for drawing: its tracks (one per process thread, driver first) and the spans on
 * each, with times in microseconds from the earliest span.
 */
public record Timeline(List<Track> tracks, long endMicros) {
    public Timeline {
        tracks = List.copyOf(tracks);
    }

    /** One row of the picture: a thread of a process, e.g. "driver" or "worker 2". */
    public record Track(long pid, long tid, String name, List<Span> spans) {
        public Track {
            spans = List.copyOf(spans);
        }
    }

    /** A span of a track; {@code stage} is -1 when it belongs to no stage (parse, optimize, ...). */
    public record Span(String name, String category, long startMicros, long durationMicros, int stage,
                       Map<String, Object> args) {
        public long endMicros() {
            return startMicros + durationMicros;
        }
    }

    /** Every stage some span belongs to, in order. */
    public List<Integer> stages() {
        return tracks.stream().flatMap(t -> t.spans().stream()).mapToInt(Span::stage).filter(s -> s >= 0)
                .distinct().sorted().boxed().toList();
    }
}
