package io.minispark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging fragments of several processes into one Chrome trace file, and reading it back. */
class ChromeTraceWriterTest {
    private static TraceFragment fragment(long pid, String name, long offset, TraceEvent... events) {
        return new TraceFragment(pid, name, Map.of(0L, "driver", 1L, "worker 0"), offset, 0, List.of(events));
    }

    @Test
    void workerFragmentsMoveOntoTheDriversClock() throws Exception {
        TraceFragment driver = fragment(1, "minispark driver", 0,
                new TraceEvent("stage 0", "stage", 0, 1_000_000, 5_000_000, Map.of("stage", 0)));
        // The worker's clock started 2.5 ms after the driver's: its 0 is the driver's 2 500 000 ns.
        long offset = ClockOffset.estimate(2_400_000, 0, 2_600_000);
        assertThat(offset).isEqualTo(2_500_000);
        TraceFragment worker = fragment(2, "worker process", 0,
                new TraceEvent("job 0.0", "job", 1, 1_234, 1_000_001, Map.of("stage", 0, "note", "a \"quoted\"\nline")))
                .withClockOffset(offset);
        StringWriter out = new StringWriter();
        ChromeTraceWriter.write(out, List.of(driver, worker));

        JsonNode events = new ObjectMapper().readTree(out.toString()).get("traceEvents");
        List<JsonNode> spans = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        events.forEach(e -> {
            if (e.get("ph").asText().equals("X")) {
                spans.add(e);
            } else if (e.get("name").asText().equals("process_name")) {
                processes.add(e.get("pid").asInt() + "=" + e.get("args").get("name").asText());
            }
        });
        assertThat(processes).containsExactly("1=minispark driver", "2=worker process");
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).get("ts").decimalValue()).isEqualByComparingTo("1000");
        assertThat(spans.get(0).get("dur").decimalValue()).isEqualByComparingTo("5000");
        assertThat(spans.get(1).get("pid").asInt()).isEqualTo(2);
        assertThat(spans.get(1).get("ts").decimalValue()).isEqualByComparingTo("2501.234");
        assertThat(spans.get(1).get("dur").decimalValue()).isEqualByComparingTo("1000.001");
        assertThat(spans.get(1).get("args").get("note").asText()).isEqualTo("a \"quoted\"\nline");

        // The engine's own reader (used by `trace render`) sees the same: two processes' tracks.
        Timeline timeline = TraceFileReader.parse(out.toString());
        assertThat(timeline.tracks()).extracting(Timeline.Track::pid).containsExactly(1L, 2L);
        assertThat(timeline.tracks().get(1).spans().get(0).startMicros()).isEqualTo(1501);
        assertThat(timeline.stages()).containsExactly(0);
    }

    @Test
    void aRecorderThatIsOffRecordsNothing() {
        TraceRecorder off = TraceRecorder.off();
        try (TraceRecorder.Span span = off.span("parse").arg("rows", 1)) {
            assertThat(off.enabled()).isFalse();
        }
        off.complete(1, "job", "job", 0, 10, Map.of());
        assertThat(off.size()).isZero();

        TraceRecorder on = TraceRecorder.create("test");
        try (TraceRecorder.Span span = on.span("parse").arg("statements", 1)) {
            assertThat(on.size()).isZero();
        }
        assertThat(on.fragment().events()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("parse");
            assertThat(e.track()).isEqualTo(TraceRecorder.DRIVER_TRACK);
            assertThat(e.startNanos()).isNotNegative();
            assertThat(e.args()).containsEntry("statements", 1);
        });
    }
}
