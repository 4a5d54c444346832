package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.physical.Stage;
import io.minispark.result.ResultFormat;
import io.minispark.scheduler.Job;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar driven by a fake terminal and a fake clock. */
class ProgressBarTest {
    private static final long MS = 1_000_000L;

    private static final class FakeScreen implements ProgressBar.Screen {
        final StringBuilder written = new StringBuilder();

        @Override
        public void write(String text) {
            written.append(text);
        }

        @Override
        public int width() {
            return 80;
        }

        /** What the terminal shows now: the text after the last carriage return, over the line before it. */
        String visible() {
            char[] line = new char[200];
            java.util.Arrays.fill(line, ' ');
            int column = 0;
            int length = 0;
            for (char c : written.toString().toCharArray()) {
                if (c == '\r') {
                    column = 0;
                } else {
                    line[column++] = c;
                    length = Math.max(length, column);
                }
            }
            return new String(line, 0, length).stripTrailing();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Job> jobs(int count) {
        return (List<Job>) (List<?>) Collections.nCopies(count, null);
    }

    private static List<Stage> stages(int count) {
        return Collections.nCopies(count, null);
    }

    @Test
    void appearsAfterASecondRedrawsInPlaceAndIsWipedAtTheEnd() {
        FakeScreen screen = new FakeScreen();
        AtomicLong now = new AtomicLong(5_000 * MS);
        ProgressBar bar = new ProgressBar(screen, now::get, ProgressBar.DEFAULT_DELAY_NANOS);
        bar.queryStarted(stages(3));
        bar.stageStarted(null, jobs(8));
        now.addAndGet(900 * MS);
        bar.tick();
        assertThat(screen.written).as("nothing before a second has passed").isEmpty();

        bar.jobFinished(null);
        bar.jobFinished(null);
        now.addAndGet(200 * MS);
        bar.tick();
        assertThat(screen.written.toString()).startsWith("\r").doesNotContain("\n");
        assertThat(screen.visible()).isEqualTo("[##......................] stage 1/3  jobs 2/8  1.1 s");

        bar.stageFinished(null);
        bar.stageStarted(null, jobs(4));
        for (int i = 0; i < 4; i++) {
            bar.jobFinished(null);
        }
        now.addAndGet(400 * MS);
        bar.tick();
        assertThat(screen.visible()).isEqualTo("[################........] stage 2/3  jobs 4/4  1.5 s");
        assertThat(screen.written.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);

        bar.finish();
        assertThat(screen.written.toString()).endsWith("\r").doesNotContain("\n");
        assertThat(screen.visible()).as("the line is blank again").isEmpty();
        int length = screen.written.length();
        now.addAndGet(1_000 * MS);
        bar.tick();
        assertThat(screen.written.length()).as("no drawing after the end").isEqualTo(length);
    }

    @Test
    void aQuickQueryNeverShowsOrClearsAnything() {
        FakeScreen screen = new FakeScreen();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(screen, now::get, ProgressBar.DEFAULT_DELAY_NANOS);
        bar.queryStarted(stages(1));
        bar.stageStarted(null, jobs(1));
        now.addAndGet(300 * MS);
        bar.tick();
        bar.finish();
        assertThat(screen.written).isEmpty();
    }

    @Test
    void neverShownForCsvJsonOrWhenNotATerminal() {
        assertThat(ProgressBar.wanted(ResultFormat.TABLE, true)).isTrue();
        assertThat(ProgressBar.wanted(ResultFormat.CSV, true)).isFalse();
        assertThat(ProgressBar.wanted(ResultFormat.JSON, true)).isFalse();
        assertThat(ProgressBar.wanted(ResultFormat.TABLE, false)).isFalse();
        // Under the test runner stdout is no terminal.
        assertThat(ProgressBar.stdoutIsTerminal()).isFalse();
    }

    @Test
    void aLongLineIsCutToTheTerminalWidth() {
        StringBuilder written = new StringBuilder();
        ProgressBar.Screen narrow = new ProgressBar.Screen() {
            @Override
            public void write(String text) {
                written.append(text);
            }

            @Override
            public int width() {
                return 30;
            }
        };
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(narrow, now::get, 0);
        bar.queryStarted(stages(2));
        bar.stageStarted(null, jobs(100));
        bar.tick();
        assertThat(written.toString()).hasSize(1 + 29);
    }
}
