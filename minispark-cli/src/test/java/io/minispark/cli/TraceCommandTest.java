package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minispark.api.Session;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --trace}, {@code trace render} and the shell's {@code .trace}. */
class TraceCommandTest {
    private static final String SAMPLE = Path.of("../data/sample").toString();

    @TempDir
    Path temp;

    record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void sqlRecordsATraceThatRendersToAPicture() throws Exception {
        Path trace = temp.resolve("q.json");
        Outcome sql = run("sql", "--data-dir", SAMPLE, "--threads", "2", "--format", "csv", "--trace", trace.toString(), "-e",
                "SELECT u.country, COUNT(*) AS n FROM users u JOIN orders o ON u.user_id = o.user_id GROUP BY u.country ORDER BY 1;");
        assertThat(sql.err()).isEmpty();
        assertThat(sql.out()).isEqualTo("country,n\r\nCanada,4\r\nUK,4\r\nUSA,7\r\n");
        String json = Files.readString(trace);
        assertThat(json).startsWith("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[")
                .contains("\"name\":\"parse\"", "\"name\":\"stage 0\"", "\"name\":\"job 0.0\"", "\"thread_name\"");

        Path png = temp.resolve("pictures/q.png");
        Outcome render = run("trace", "render", trace.toString(), "--out", png.toString(), "--width", "800");
        assertThat(render.err()).isEmpty();
        assertThat(render.exitCode()).isZero();
        assertThat(render.out()).startsWith("wrote ").contains("800 x ");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    @Test
    void renderingSomethingThatIsNoTraceIsAUserError() throws Exception {
        Path notJson = Files.writeString(temp.resolve("x.json"), "hello");
        Outcome render = run("trace", "render", notJson.toString(), "--out", temp.resolve("x.png").toString());
        assertThat(render.exitCode()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(render.err()).contains("not a JSON trace file");
    }

    @Test
    void theShellStartsAndStopsATrace() throws Exception {
        Path trace = temp.resolve("shell.json");
        String input = ".trace " + trace + "\nSELECT COUNT(*) AS n FROM users;\n.trace\n.trace off\nSELECT 1 AS x FROM users LIMIT 1;\n.quit\n";
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (Session session = Session.builder().dataDir(Path.of(SAMPLE)).build();
             Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                     output, StandardCharsets.UTF_8)) {
            new Shell(session, terminal, temp.resolve("history")).run();
        }
        String out = output.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("trace: recording into " + trace, "trace: " + trace + " (usage", "trace: off, wrote " + trace);
        String json = Files.readString(trace);
        // Only the statement run while tracing is in the file: one parse span.
        assertThat(json.split("\"name\":\"parse\"", -1)).hasSize(2);
        assertThat(json).contains("\"name\":\"stage 0\"");
    }
}
