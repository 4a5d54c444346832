package io.minispark.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG bar chart: bars in the series colours, taller for larger values, a readable file. */
class BarChartTest {
    private static final Color OURS = new Color(0xE4, 0x6C, 0x0A);
    private static final Color THEIRS = new Color(0x1F, 0x5F, 0xA8);

    @Test
    void drawsOneBarPerValueWithHeightGrowingWithTheLogOfTheValue(@TempDir Path dir) throws Exception {
        BarChart chart = new BarChart("title", "ms", List.of("Q01", "Q02"), List.of(
                new BarChart.Series("ours", OURS, new double[] {1000, Double.NaN}),
                new BarChart.Series("theirs", THEIRS, new double[] {10, 100})));
        Path file = dir.resolve("chart.png");
        chart.writePng(file, 400, 300);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        // Columns of the plot area: ours' Q01 bar, then theirs' Q01 and Q02 bars.
        int oursQ01 = barHeight(image, OURS, 80, 205);
        int theirsQ01 = barHeight(image, THEIRS, 80, 205);
        int theirsQ02 = barHeight(image, THEIRS, 205, 380);
        assertThat(oursQ01).isGreaterThan(theirsQ02).isGreaterThan(0);
        assertThat(theirsQ02).isGreaterThan(theirsQ01);
        // Equal steps on a log axis: 10 -> 100 -> 1000 are evenly spaced (legend swatches aside).
        assertThat(Math.abs((oursQ01 - theirsQ02) - (theirsQ02 - theirsQ01))).isLessThanOrEqualTo(2);
        assertThat(barHeight(image, OURS, 205, 380)).as("no bar for a missing value").isZero();
    }

    /** The tallest run of pixels of a colour in any column between x0 and x1, below the legend. */
    private static int barHeight(BufferedImage image, Color color, int x0, int x1) {
        int best = 0;
        for (int x = x0; x < x1; x++) {
            int run = 0;
            for (int y = 60; y < image.getHeight(); y++) {
                run = image.getRGB(x, y) == color.getRGB() ? run + 1 : 0;
                best = Math.max(best, run);
            }
        }
        return best;
    }

    @Test
    void rejectsASeriesOfTheWrongLength() {
        assertThatThrownBy(() -> new BarChart("t", "ms", List.of("a", "b"), List.of(new BarChart.Series("s", OURS, new double[] {1}))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyChartStillRenders(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.png");
        new BarChart("nothing ran", "ms", List.of("Q01"), List.of(new BarChart.Series("s", OURS, new double[] {Double.NaN})))
                .writePng(file, 200, 150);
        assertThat(Files.size(file)).isPositive();
    }
}
