package io.minispark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG timeline: its size follows the layout, and its bars are drawn in the stages' colours. */
class TimelineRendererTest {
    @TempDir
    Path temp;

    @Test
    void drawsTracksAsRowsWithBarsInStageColours() throws Exception {
        System.setProperty("java.awt.headless", "true");
        TraceRecorder recorder = TraceRecorder.create("test");
        long t = System.nanoTime();
        recorder.complete(TraceRecorder.DRIVER_TRACK, "parse", "driver", t, t + 1_000_000, Map.of());
        recorder.complete(TraceRecorder.DRIVER_TRACK, "stage 0", "stage", t + 1_000_000, t + 6_000_000, Map.of("stage", 0));
        recorder.complete(TraceRecorder.DRIVER_TRACK, "stage 1", "stage", t + 6_000_000, t + 10_000_000, Map.of("stage", 1));
        for (int worker = 0; worker < 2; worker++) {
            recorder.nameTrack(TraceRecorder.workerTrack(worker), "worker " + worker);
            recorder.complete(TraceRecorder.workerTrack(worker), "job 0." + worker, "job", t + 1_500_000, t + 5_500_000,
                    Map.of("stage", 0, "job", worker));
            recorder.complete(TraceRecorder.workerTrack(worker), "job 1." + worker, "job", t + 6_500_000, t + 9_500_000,
                    Map.of("stage", 1, "job", worker));
        }
        Path json = temp.resolve("trace.json");
        ChromeTraceWriter.write(json, List.of(recorder.fragment()));
        Timeline timeline = TraceFileReader.read(json);
        assertThat(timeline.tracks()).extracting(Timeline.Track::name).containsExactly("driver", "worker 0", "worker 1");

        Path png = temp.resolve("trace.png");
        TimelineRenderer.writePng(timeline, 1000, png);
        BufferedImage image = ImageIO.read(png.toFile());
        // Title, three rows, the axis, and one legend row (driver phase, stage 0, stage 1).
        int expectedHeight = TimelineRenderer.TITLE_HEIGHT + 3 * TimelineRenderer.ROW_HEIGHT + TimelineRenderer.AXIS_HEIGHT
                + TimelineRenderer.LEGEND_ROW_HEIGHT + TimelineRenderer.BOTTOM_MARGIN;
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(expectedHeight).isEqualTo(188);

        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int stage0 = TimelineRenderer.stageColour(0).getRGB() & 0xFFFFFF;
        int stage1 = TimelineRenderer.stageColour(1).getRGB() & 0xFFFFFF;
        int phase = TimelineRenderer.DRIVER_PHASE.getRGB() & 0xFFFFFF;
        assertThat(stage0).isNotEqualTo(stage1);
        // Stage 0 runs 4 ms of 9.5 on three tracks: thousands of its pixels; stage 1 a bit fewer.
        assertThat(counts.getOrDefault(stage0, 0)).isGreaterThan(3000);
        assertThat(counts.getOrDefault(stage1, 0)).isGreaterThan(2000);
        assertThat(counts.getOrDefault(phase, 0)).isGreaterThan(500);
        assertThat(counts.get(Color.WHITE.getRGB() & 0xFFFFFF)).isGreaterThan(image.getWidth() * image.getHeight() / 3);

        // Inside worker 1's row, in the middle of job 0.1 (the plot starts after the labels), is stage 0's colour.
        int plotLeft = TimelineRenderer.LABEL_WIDTH;
        int plotWidth = 1000 - TimelineRenderer.LABEL_WIDTH - TimelineRenderer.RIGHT_MARGIN;
        int x = plotLeft + (int) (plotWidth * 2.0 / 9.5);
        int y = TimelineRenderer.TITLE_HEIGHT + 2 * TimelineRenderer.ROW_HEIGHT + TimelineRenderer.ROW_HEIGHT - 6;
        assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(stage0);
    }

    @Test
    void ticksAreRoundNumbers() {
        assertThat(TimelineRenderer.tickStep(9_500)).isEqualTo(2_000);
        assertThat(TimelineRenderer.tickStep(80)).isEqualTo(10);
        assertThat(TimelineRenderer.duration(2_000)).isEqualTo("2 ms");
        assertThat(TimelineRenderer.duration(1_500_000)).isEqualTo("1.5 s");
    }
}
