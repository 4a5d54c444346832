package io.minispark.tpch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A grouped bar chart drawn with Java2D and saved as PNG through ImageIO: one group of bars per category
 * (a query), one bar per series (an engine). The value axis is logarithmic, because engines can differ
 * by orders of magnitude and a linear axis would flatten the fast one to nothing. A missing value (NaN)
 * is drawn as a small "n/a" label instead of a bar.
 */
public final class BarChart {
    static {
        // No display is needed or wanted: the chart is rendered into an image in memory.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One series of bars: a name for the legend, its colour, and one value per category (NaN = none). */
    public record Series(String name, Color color, double[] values) {
    }

    private static final int MARGIN_LEFT = 80;
    private static final int MARGIN_RIGHT = 20;
    private static final int MARGIN_TOP = 60;
    private static final int MARGIN_BOTTOM = 60;

    private final String title;
    private final String valueLabel;
    private final List<String> categories;
    private final List<Series> series;

    public BarChart(String title, String valueLabel, List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length + " values for "
                        + categories.size() + " categories");
            }
        }
        this.title = title;
        this.valueLabel = valueLabel;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
    }

    /** Draws the chart into a new image of the given size. */
    public BufferedImage render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders the chart and writes it as a PNG file. */
    public void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = render(width, height);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    private void draw(Graphics2D g, int width, int height) {
        int plotLeft = MARGIN_LEFT;
        int plotRight = width - MARGIN_RIGHT;
        int plotTop = MARGIN_TOP;
        int plotBottom = height - MARGIN_BOTTOM;
        Font normal = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 16);

        g.setColor(Color.BLACK);
        g.setFont(bold);
        FontMetrics titleMetrics = g.getFontMetrics();
        g.drawString(title, (width - titleMetrics.stringWidth(title)) / 2, 25);
        g.setFont(normal);
        drawLegend(g, plotRight, 45);

        // Log axis from the power of ten below the smallest value to the one above the largest.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 1;
            max = 10;
        }
        int lowExponent = (int) Math.floor(Math.log10(min));
        int highExponent = Math.max(lowExponent + 1, (int) Math.ceil(Math.log10(max)));
        double logLow = lowExponent;
        double logHigh = highExponent;

        // Grid lines and labels at each power of ten.
        FontMetrics metrics = g.getFontMetrics();
        for (int e = lowExponent; e <= highExponent; e++) {
            int y = yOf(e, logLow, logHigh, plotTop, plotBottom);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(plotLeft, y, plotRight, y);
            g.setColor(Color.DARK_GRAY);
            String label = axisLabel(e);
            g.drawString(label, plotLeft - 6 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(plotLeft, plotTop, plotLeft, plotBottom);
        g.drawLine(plotLeft, plotBottom, plotRight, plotBottom);

        // The value axis title, rotated along the axis.
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(valueLabel, -(plotTop + plotBottom + metrics.stringWidth(valueLabel)) / 2, 18);
        g.setTransform(saved);

        if (categories.isEmpty()) {
            return;
        }
        double groupWidth = (double) (plotRight - plotLeft) / categories.size();
        double barWidth = Math.max(1, groupWidth * 0.8 / Math.max(1, series.size()));
        for (int c = 0; c < categories.size(); c++) {
            double groupLeft = plotLeft + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values()[c];
                int x = (int) Math.round(groupLeft + s * barWidth);
                int w = Math.max(1, (int) Math.round(barWidth) - 1);
                if (value > 0 && Double.isFinite(value)) {
                    int y = yOf(Math.log10(value), logLow, logHigh, plotTop, plotBottom);
                    g.setColor(series.get(s).color());
                    g.fillRect(x, y, w, plotBottom - y);
                } else {
                    g.setColor(Color.GRAY);
                    drawVertical(g, "n/a", x + w / 2 + metrics.getAscent() / 2 - 1, plotBottom - 4);
                }
            }
            g.setColor(Color.BLACK);
            String label = categories.get(c);
            int center = (int) Math.round(plotLeft + c * groupWidth + groupWidth / 2);
            g.drawString(label, center - metrics.stringWidth(label) / 2, plotBottom + metrics.getAscent() + 4);
        }
    }

    private void drawLegend(Graphics2D g, int right, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        int x = right;
        for (int s = series.size() - 1; s >= 0; s--) {
            String name = series.get(s).name();
            x -= metrics.stringWidth(name);
            g.setColor(Color.BLACK);
            g.drawString(name, x, baseline);
            x -= 16;
            g.setColor(series.get(s).color());
            g.fillRect(x, baseline - 10, 11, 11);
            x -= 18;
        }
    }

    private static void drawVertical(Graphics2D g, String text, int x, int bottom) {
        AffineTransform saved = g.getTransform();
        g.translate(x, bottom);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0, 0);
        g.setTransform(saved);
    }

    private static int yOf(double logValue, double logLow, double logHigh, int top, int bottom) {
        double fraction = (logValue - logLow) / (logHigh - logLow);
        return (int) Math.round(bottom - fraction * (bottom - top));
    }

    private static String axisLabel(int exponent) {
        double value = Math.pow(10, exponent);
        if (exponent >= 0) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%." + (-exponent) + "f", value);
    }
}
