package io.minispark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The command as a real process: everything printed reaches stdout before the JVM exits (output written
 * without a line end used to be lost at System.exit).
 */
class ProcessOutputTest {
    @Test
    void theDemoPrintsItsResultTableBeforeExiting() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--data-dir", Path.of("../data/sample").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        String result = output.substring(output.indexOf("== 6) Result"));
        assertThat(result).containsPattern("│ UK +│ +4 │ +2002 │").containsPattern("│ USA +│ +7 │ +4535 │").endsWith("╯\n");
    }
}
