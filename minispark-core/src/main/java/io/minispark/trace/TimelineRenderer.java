package io.minispark.trace;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Timeline} as a picture with the JDK's imaging alone (Java2D, headless): one row per
 * track (driver first, then workers), every span a bar coloured by its stage (driver phases in
 * grey), a time axis with labelled ticks under the rows, and a legend of the stage colours.
 */
public final class TimelineRenderer {
    public static final int LABEL_WIDTH = 150;
    public static final int RIGHT_MARGIN = 24;
    public static final int TITLE_HEIGHT = 36;
    public static final int ROW_HEIGHT = 28;
    public static final int AXIS_HEIGHT = 36;
    public static final int LEGEND_ROW_HEIGHT = 24;
    public static final int LEGEND_ENTRY_WIDTH = 130;
    public static final int BOTTOM_MARGIN = 8;
    public static final Color BACKGROUND = Color.WHITE;
    /** The colour of spans that belong to no stage: parse, analyze, optimize, plan. */
    public static final Color DRIVER_PHASE = new Color(0x8C8C8C);

    // Distinct hues (Tableau 10), so neighbouring stages are easy to tell apart.
    private static final Color[] STAGE_COLOURS = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759), new Color(0x76B7B2),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC),
    };
    private static final Color ROW_SHADE = new Color(0xF3F4F6);
    private static final Color GRID = new Color(0xD0D4DA);
    private static final Color TEXT = new Color(0x202124);

    private TimelineRenderer() {
    }

    /** The colour of a stage's spans. */
    public static Color stageColour(int stage) {
        return stage < 0 ? DRIVER_PHASE : STAGE_COLOURS[stage % STAGE_COLOURS.length];
    }

    /** The height of the picture of {@code timeline} at {@code width} pixels. */
    public static int height(Timeline timeline, int width) {
        return TITLE_HEIGHT + timeline.tracks().size() * ROW_HEIGHT + AXIS_HEIGHT
                + legendRows(timeline, width) * LEGEND_ROW_HEIGHT + BOTTOM_MARGIN;
    }

    private static int legendRows(Timeline timeline, int width) {
        int entries = timeline.stages().size() + 1;
        int perRow = Math.max(1, (width - 2 * RIGHT_MARGIN) / LEGEND_ENTRY_WIDTH);
        return (entries + perRow - 1) / perRow;
    }

    /** Draws the picture and writes it as a PNG file. */
    public static void writePng(Timeline timeline, int width, Path file) {
        BufferedImage image = render(timeline, width);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static BufferedImage render(Timeline timeline, int width) {
        if (width < LABEL_WIDTH + RIGHT_MARGIN + 100) {
            throw new IllegalArgumentException("the picture must be at least " + (LABEL_WIDTH + RIGHT_MARGIN + 100) + " pixels wide");
        }
        int height = height(timeline, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int plotLeft = LABEL_WIDTH;
            int plotWidth = width - LABEL_WIDTH - RIGHT_MARGIN;
            long end = Math.max(1, timeline.endMicros());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(TEXT);
            g.drawString(String.format(Locale.ROOT, "minispark trace: %s, %d tracks", duration(end), timeline.tracks().size()),
                    12, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = TITLE_HEIGHT;
            int rows = timeline.tracks().size();
            for (int i = 1; i < rows; i += 2) {
                g.setColor(ROW_SHADE);
                g.fillRect(0, y + i * ROW_HEIGHT, width, ROW_HEIGHT);
            }
            // The axis and its grid lines first, so that bars cover the grid.
            drawAxis(g, plotLeft, plotWidth, end, y, y + rows * ROW_HEIGHT);
            for (int i = 0; i < rows; i++) {
                Timeline.Track track = timeline.tracks().get(i);
                int top = y + i * ROW_HEIGHT;
                g.setColor(TEXT);
                g.drawString(fit(g.getFontMetrics(), track.name(), LABEL_WIDTH - 16), 12, top + ROW_HEIGHT / 2 + 5);
                for (Timeline.Span span : track.spans()) {
                    drawSpan(g, span, plotLeft, plotWidth, end, top);
                }
            }
            drawLegend(g, timeline, width, y + rows * ROW_HEIGHT + AXIS_HEIGHT);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawSpan(Graphics2D g, Timeline.Span span, int plotLeft, int plotWidth, long end, int top) {
        int x0 = plotLeft + (int) (span.startMicros() * plotWidth / end);
        int x1 = plotLeft + (int) (span.endMicros() * plotWidth / end);
        int w = Math.max(1, x1 - x0);
        Color colour = stageColour(span.stage());
        g.setColor(colour);
        g.fillRect(x0, top + 4, w, ROW_HEIGHT - 8);
        if (w >= 4) {
            // A darker edge keeps back-to-back jobs apart.
            g.setColor(colour.darker());
            g.setStroke(new BasicStroke(1));
            g.drawRect(x0, top + 4, w - 1, ROW_HEIGHT - 9);
        }
        FontMetrics metrics = g.getFontMetrics();
        String label = fit(metrics, span.name(), w - 6);
        if (!label.isEmpty()) {
            g.setColor(Color.WHITE);
            g.drawString(label, x0 + 3, top + ROW_HEIGHT / 2 + 4);
        }
    }

    private static void drawAxis(Graphics2D g, int plotLeft, int plotWidth, long end, int rowsTop, int axisTop) {
        long step = tickStep(end);
        FontMetrics metrics = g.getFontMetrics();
        for (long t = 0; t <= end; t += step) {
            int x = plotLeft + (int) (t * plotWidth / end);
            g.setColor(GRID);
            g.drawLine(x, rowsTop, x, axisTop + 4);
            g.setColor(TEXT);
            String label = duration(t);
            int labelX = Math.min(x - metrics.stringWidth(label) / 2, plotLeft + plotWidth + RIGHT_MARGIN - metrics.stringWidth(label) - 2);
            g.drawString(label, Math.max(plotLeft - metrics.stringWidth(label) / 2, labelX), axisTop + 18);
        }
        g.setColor(TEXT);
        g.drawLine(plotLeft, axisTop, plotLeft + plotWidth, axisTop);
        g.drawString("time", 12, axisTop + 18);
    }

    private static void drawLegend(Graphics2D g, Timeline timeline, int width, int top) {
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        names.add("driver phase");
        colours.add(DRIVER_PHASE);
        for (int stage : timeline.stages()) {
            names.add("stage " + stage);
            colours.add(stageColour(stage));
        }
        int perRow = Math.max(1, (width - 2 * RIGHT_MARGIN) / LEGEND_ENTRY_WIDTH);
        for (int i = 0; i < names.size(); i++) {
            int x = 12 + (i % perRow) * LEGEND_ENTRY_WIDTH;
            int y = top + (i / perRow) * LEGEND_ROW_HEIGHT;
            g.setColor(colours.get(i));
            g.fillRect(x, y + 4, 16, 14);
            g.setColor(TEXT);
            g.drawString(names.get(i), x + 22, y + 16);
        }
    }

    /** A round tick interval (1, 2 or 5 times a power of ten microseconds) giving about 8 ticks. */
    static long tickStep(long endMicros) {
        double raw = Math.max(1, endMicros / 8.0);
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (magnitude * factor >= raw) {
                return magnitude * factor;
            }
        }
        return magnitude * 10;
    }

    static String duration(long micros) {
        if (micros == 0) {
            return "0";
        }
        if (micros < 1_000) {
            return micros + " µs";
        }
        if (micros < 1_000_000) {
            return trim(String.format(Locale.ROOT, "%.2f", micros / 1e3)) + " ms";
        }
        return trim(String.format(Locale.ROOT, "%.3f", micros / 1e6)) + " s";
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }

    private static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String cut = text.substring(0, n) + "…";
            if (metrics.stringWidth(cut) <= width) {
                return cut;
            }
        }
        return "";
    }
}
