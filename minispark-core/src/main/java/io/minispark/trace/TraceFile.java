package io.minispark.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trace being recorded into a file: this process's recorder plus the fragments other processes
 * sent (worker processes, later), merged into one Chrome trace file whenever {@link #write()} runs.
 */
public final class TraceFile {
    private final Path path;
    private final TraceRecorder recorder;
    private final List<TraceFragment> remote = new ArrayList<>();

    public TraceFile(Path path, TraceRecorder recorder) {
        this.path = path;
        this.recorder = recorder;
    }

    public Path path() {
        return path;
    }

    public TraceRecorder recorder() {
        return recorder;
    }

    /** Adds another process's events, already moved onto this process's clock (see {@link ClockOffset}). */
    public synchronized void addFragment(TraceFragment fragment) {
        remote.add(fragment);
    }

    /** Writes everything recorded so far; the file stays valid JSON after every write. */
    public synchronized void write() {
        List<TraceFragment> all = new ArrayList<>();
        all.add(recorder.fragment());
        all.addAll(remote);
        ChromeTraceWriter.write(path, all);
    }
}
