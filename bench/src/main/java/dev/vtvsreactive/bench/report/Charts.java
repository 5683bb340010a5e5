package dev.vtvsreactive.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One bar chart per scenario, drawn by XChart and saved as SVG (VectorGraphics2D) and PNG: each
 * model's mean time as a bar in its own colour with JMH's 99.9 % error bar, and the ideal as a
 * dashed line across them.
 *
 * <p>AWT runs headless: the report runs on build machines and CI without a display.
 */
final class Charts {

    static {
        // Before the first AWT class initialises its toolkit.
        System.setProperty("java.awt.headless", "true");
    }

    /** The directory inside the report that holds the chart files. */
    static final String DIRECTORY = "charts";

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;

    /** Okabe–Ito colours: told apart by colour-blind readers too. */
    private static final Map<String, Color> MODEL_COLORS = Map.of(
            "virtual-threads", new Color(0x0072B2),
            "reactor", new Color(0x009E73),
            "rxjava", new Color(0xCC79A7),
            "completable-future", new Color(0xE69F00));
    private static final List<Color> OTHER_COLORS = List.of(
            new Color(0xD55E00), new Color(0x56B4E9), new Color(0x999999), new Color(0xF0E442));
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** A legend entry's swatch, padding and gap beside its text, in pixels (XChart's layout, measured). */
    private static final double LEGEND_ENTRY_EXTRA = 40;
    /** The width the y axis, its title and the margins take from the plot, in pixels. */
    private static final double Y_AXIS_SPACE = 80;
    /** The least space between two model names on the axis, in pixels. */
    private static final double AXIS_LABEL_GAP = 24;

    private static volatile boolean fontsChecked;

    private Charts() {
    }

    /**
     * The files of one chart, and the SVG to inline into a page.
     *
     * @param svg the SVG file
     * @param png the PNG file
     * @param inlineSvg the {@code <svg>} element alone, with ids unique within the report
     */
    record ChartFiles(Path svg, Path png, String inlineSvg) {
    }

    /** Draws {@code scenario} into {@code chartsDirectory}/{@code <slug>.svg} and {@code .png}. */
    static ChartFiles write(Scenario scenario, Path chartsDirectory) throws IOException {
        requireFonts();
        CategoryChart chart = chart(scenario);
        Path png = chartsDirectory.resolve(scenario.slug() + ".png");
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapFormat.PNG);

        ByteArrayOutputStream vector = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, vector, VectorGraphicsFormat.SVG);
        String svg = describe(scenario, vector.toString(StandardCharsets.UTF_8));
        Path svgFile = chartsDirectory.resolve(scenario.slug() + ".svg");
        Files.writeString(svgFile, svg);
        return new ChartFiles(svgFile, png, svg.substring(svg.indexOf("<svg")));
    }

    private static CategoryChart chart(Scenario scenario) {
        List<Row> rows = scenario.rows();
        List<String> labels = rows.stream().map(Row::label).toList();
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH).height(HEIGHT)
                .title(scenario.title())
                .xAxisTitle(modelAxisTitle(rows))
                .yAxisTitle(scenario.higherIsBetter() ? "score (" + scenario.unit() + ")" : "time per operation (" + scenario.unit() + ")")
                .build();
        style(chart.getStyler());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            // One series per model, zero in every other category: overlapped, each category shows one coloured bar.
            List<Double> scores = new ArrayList<>(Collections.nCopies(rows.size(), 0.0));
            List<Double> errors = new ArrayList<>(Collections.nCopies(rows.size(), 0.0));
            scores.set(i, row.time().score());
            errors.set(i, row.time().hasErrorBar() ? row.time().error() : 0.0);
            CategorySeries series = chart.addSeries(row.label(), labels, scores, errors);
            series.setFillColor(color(row.model(), i));
        }
        OptionalDouble ideal = scenario.idealInUnit();
        if (ideal.isPresent()) {
            CategorySeries line = chart.addSeries(
                    "ideal: " + Numbers.fixed(ideal.getAsDouble(), scenario.decimals()) + " " + scenario.unit(),
                    labels, Collections.nCopies(rows.size(), ideal.getAsDouble()));
            line.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
            line.setLineColor(INK);
            line.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            // A line needs two categories; beside a single bar the ideal is a marker.
            line.setMarker(rows.size() == 1 ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
            line.setMarkerColor(INK);
        }
        fit(chart);
        return chart;
    }

    /** {@code model}, naming the models drawn without an error bar. */
    private static String modelAxisTitle(List<Row> rows) {
        List<String> withoutErrorBar = rows.stream().filter(row -> !row.time().hasErrorBar()).map(Row::label).toList();
        if (withoutErrorBar.isEmpty()) {
            return "model";
        }
        String which = withoutErrorBar.size() == rows.size() ? "no error bars" : "no error bar for " + String.join(", ", withoutErrorBar);
        return "model (" + which + ": fewer than 3 measurement iterations)";
    }

    /**
     * XChart neither wraps a legend nor thins crowded axis labels: a legend too wide for one line
     * below the plot moves beside it, and crowded model names are slanted.
     */
    private static void fit(CategoryChart chart) {
        CategoryStyler styler = chart.getStyler();
        List<Double> legendEntries = chart.getSeriesMap().keySet().stream()
                .map(name -> textWidth(name, styler.getLegendFont()) + LEGEND_ENTRY_EXTRA)
                .toList();
        double plotWidth = WIDTH - Y_AXIS_SPACE;
        if (legendEntries.stream().mapToDouble(Double::doubleValue).sum() > WIDTH - Y_AXIS_SPACE / 2) {
            styler.setLegendPosition(LegendPosition.OutsideE);
            styler.setLegendLayout(LegendLayout.Vertical);
            plotWidth -= legendEntries.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
        double axisLabels = chart.getSeriesMap().values().iterator().next().getXData().stream()
                .mapToDouble(category -> textWidth(category.toString(), styler.getAxisTickLabelsFont()) + AXIS_LABEL_GAP)
                .sum();
        if (axisLabels > plotWidth) {
            styler.setXAxisLabelRotation(20);
        }
    }

    private static double textWidth(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    private static void style(CategoryStyler styler) {
        styler.setOverlapped(true);
        styler.setAvailableSpaceFill(0.7);
        styler.setYAxisMin(0.0);
        styler.setErrorBarsColor(INK);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(INK);
        styler.setAxisTickLabelsColor(INK);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(FONT.deriveFont(Font.BOLD, 18f));
        styler.setAxisTitleFont(FONT);
        styler.setAxisTickLabelsFont(FONT.deriveFont(13f));
        styler.setLegendFont(FONT.deriveFont(13f));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendSeriesLineLength(36);
        styler.setToolTipsEnabled(false);
    }

    /**
     * The model's colour everywhere in the report: a variant gets a lighter shade of its model's,
     * other names the spare colours by their position {@code index}.
     */
    static Color color(String model, int index) {
        Color known = MODEL_COLORS.get(model);
        if (known != null) {
            return known;
        }
        return Models.variantOf(model)
                .map(base -> lighter(MODEL_COLORS.get(base)))
                .orElseGet(() -> OTHER_COLORS.get(index % OTHER_COLORS.size()));
    }

    private static Color lighter(Color color) {
        return new Color(towardWhite(color.getRed()), towardWhite(color.getGreen()), towardWhite(color.getBlue()));
    }

    private static int towardWhite(int channel) {
        return channel + (int) ((255 - channel) * 0.5);
    }

    /**
     * Gives the SVG a title and a description naming every model with its numbers (XChart draws
     * text as outlines, so without them the file would hold no readable text), and prefixes its
     * ids with the scenario so that several charts can share one page.
     */
    private static String describe(Scenario scenario, String svg) {
        String description = scenario.rows().stream()
                .map(row -> row.label() + ": " + Numbers.withError(row.time(), scenario.decimals()) + " " + scenario.unit())
                .collect(Collectors.joining("; "));
        if (scenario.idealInUnit().isPresent()) {
            description += "; ideal: " + Numbers.fixed(scenario.idealInUnit().getAsDouble(), scenario.decimals()) + " " + scenario.unit();
        }
        int rootEnd = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String titled = svg.substring(0, rootEnd)
                + "\n  <title>" + Html.escape(scenario.title()) + "</title>"
                + "\n  <desc>" + Html.escape(description) + "</desc>"
                + svg.substring(rootEnd);
        String idPrefix = "chart-" + scenario.slug() + "-";
        return titled.replace("id=\"", "id=\"" + idPrefix).replace("url(#", "url(#" + idPrefix);
    }

    /**
     * Fails with a clear message where headless AWT cannot render text: a JDK on a Linux image
     * without fontconfig or any font crashes deep inside AWT instead.
     */
    private static void requireFonts() {
        if (fontsChecked) {
            return;
        }
        try {
            Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                new TextLayout("0", FONT, graphics.getFontRenderContext()).getOutline(null);
            } finally {
                graphics.dispose();
            }
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException("cannot render chart text: headless AWT found no usable font ("
                    + e + "); install fontconfig and a TrueType font (on Debian/Ubuntu: apt-get install fontconfig"
                    + " fonts-dejavu-core)", e);
        }
        fontsChecked = true;
    }
}
