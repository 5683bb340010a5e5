package dev.vtvsreactive.report;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.report.view.Figure;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn by XChart and saved as SVG (VectorGraphics2D) and PNG. Per scenario a
 * bar chart of each model's mean time in its own colour with JMH's 99.9 % error bar and the ideal
 * as a dashed line across them; and, when the scenario has an ideal, a second one of the overhead
 * (time − ideal) with the same error bars, where differences of a few percent near the ideal show;
 * and, when the run measured it, a third of the CPU time per operation, with its error bars.
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

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    /** The overhead and CPU charts are lower: they have no legend and sit right below the time chart. */
    private static final int BELOW_HEIGHT = 400;

    /** Okabe–Ito colours: told apart by colour-blind readers too. */
    private static final Map<Model, Color> MODEL_COLORS = Map.of(
            Model.VIRTUAL_THREADS, new Color(0x0072B2),
            Model.REACTOR, new Color(0x009E73),
            Model.RXJAVA, new Color(0xCC79A7),
            Model.COMPLETABLE_FUTURE, new Color(0xE69F00));
    /** The asyncio baseline's colour: no Java model's, so that it is never read as one. */
    private static final Color ASYNCIO = new Color(0xD55E00);
    private static final List<Color> OTHER_COLORS = List.of(
            new Color(0x56B4E9), new Color(0x999999), new Color(0xF0E442), new Color(0x000000));
    static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** A line of measured points. */
    static final BasicStroke SOLID = new BasicStroke(2.5f);
    /** The ideal's line. */
    static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0);
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
     * @param name the files' name without extension, unique within the report
     * @param svg the SVG file
     * @param png the PNG file
     * @param inlineSvg the {@code <svg>} element alone, with ids unique within the report
     */
    record ChartFiles(String name, Path svg, Path png, String inlineSvg) {

        /** This chart on the pages: {@code alt} in the Markdown, {@code caption} under it on both. */
        Figure figure(String alt, String caption) {
            return new Figure(alt, caption, inlineSvg, path("svg"), path("png"));
        }

        /** The relative path of its file with {@code extension} ({@code svg}, {@code png}) from the report's folder. */
        private String path(String extension) {
            return DIRECTORY + "/" + name + "." + extension;
        }
    }

    /**
     * The charts of one scenario.
     *
     * @param time the model's times against the ideal, named after the scenario's {@link Scenario#slug() slug}
     * @param overhead the overheads over the ideal, named {@code <slug>-overhead}; only when the scenario has an ideal
     * @param cpuTime the CPU times per operation, named {@code <slug>-cpu}; only when the run measured them
     */
    record ScenarioCharts(ChartFiles time, Optional<ChartFiles> overhead, Optional<ChartFiles> cpuTime) {

        /** Every file written. */
        Stream<ChartFiles> all() {
            return Stream.of(Stream.of(time), overhead.stream(), cpuTime.stream()).flatMap(files -> files);
        }
    }

    /**
     * Draws {@code scenario} into {@code chartsDirectory}: {@code <slug>.svg} and {@code .png},
     * {@code <slug>-overhead.svg} and {@code .png} when it has an ideal, {@code <slug>-cpu.svg} and
     * {@code .png} when the run measured the CPU time.
     */
    static ScenarioCharts write(Scenario scenario, Path chartsDirectory) throws IOException {
        ChartFiles time = save(timeChart(scenario), chartsDirectory, scenario.slug(), scenario.title(), describe(scenario, Row::time));
        Optional<ChartFiles> overhead = Optional.empty();
        if (scenario.idealInUnit().isPresent()) {
            overhead = Optional.of(save(overheadChart(scenario), chartsDirectory, scenario.slug() + "-overhead",
                    overheadTitle(scenario), describe(scenario, row -> row.overheadMetric().orElseThrow())));
        }
        Optional<ChartFiles> cpuTime = Optional.empty();
        if (scenario.hasCpuTime()) {
            List<Row> measured = cpuTimeRows(scenario);
            Function<Row, Metric> cpu = row -> scenario.cpuTime(row).orElseThrow();
            cpuTime = Optional.of(save(cpuTimeChart(scenario), chartsDirectory, scenario.slug() + "-cpu", cpuTimeTitle(scenario),
                    describe(measured, cpu, scenario.cpuDecimals(), scenario.cpuUnit())));
        }
        return new ScenarioCharts(time, overhead, cpuTime);
    }

    /**
     * Saves {@code chart} as {@code <name>.png} and {@code <name>.svg} in {@code chartsDirectory};
     * the SVG gets {@code title} and {@code description} as its text (XChart draws text as
     * outlines, so without them the file would hold no readable text), and its ids are prefixed
     * with {@code name} so that several charts can share one page.
     */
    static ChartFiles save(Chart<?, ?> chart, Path chartsDirectory, String name, String title, String description) throws IOException {
        requireFonts();
        Path png = chartsDirectory.resolve(name + ".png");
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapFormat.PNG);

        ByteArrayOutputStream vector = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, vector, VectorGraphicsFormat.SVG);
        String svg = describe(vector.toString(StandardCharsets.UTF_8), name, title, description);
        Path svgFile = chartsDirectory.resolve(name + ".svg");
        Files.writeString(svgFile, svg);
        return new ChartFiles(name, svgFile, png, svg.substring(svg.indexOf("<svg")));
    }

    private static CategoryChart timeChart(Scenario scenario) {
        CategoryChart chart = modelBars(scenario, scenario.rows(), scenario.title(),
                scenario.higherIsBetter() ? "score (" + scenario.unit() + ")" : "time per operation (" + scenario.unit() + ")",
                HEIGHT, Row::time);
        chart.getStyler().setYAxisMin(0.0);
        OptionalDouble ideal = scenario.idealInUnit();
        if (ideal.isPresent()) {
            List<Row> rows = scenario.rows();
            CategorySeries line = chart.addSeries(
                    "ideal: " + Numbers.fixed(ideal.getAsDouble(), scenario.decimals()) + " " + scenario.unit(),
                    rows.stream().map(Row::label).toList(), Collections.nCopies(rows.size(), ideal.getAsDouble()));
            line.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
            line.setLineColor(INK);
            line.setLineStyle(DASHED);
            // A line needs two categories; beside a single bar the ideal is a marker.
            line.setMarker(rows.size() == 1 ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
            line.setMarkerColor(INK);
        }
        fit(chart);
        return chart;
    }

    /**
     * Each model's time − ideal, with the time's error bar (the ideal is exact): zero is the
     * ideal, so bars no longer start far below the differences they show.
     */
    private static CategoryChart overheadChart(Scenario scenario) {
        CategoryChart chart = modelBars(scenario, scenario.rows(), overheadTitle(scenario),
                "overhead: time − ideal (" + scenario.unit() + ")", BELOW_HEIGHT, row -> row.overheadMetric().orElseThrow());
        // The time chart just above has the same colours in its legend; the axis names the models.
        chart.getStyler().setLegendVisible(false);
        boolean belowIdeal = scenario.rows().stream()
                .map(row -> row.overheadMetric().orElseThrow())
                .anyMatch(overhead -> (overhead.hasErrorBar() ? overhead.low() : overhead.score()) < 0);
        if (!belowIdeal) {
            chart.getStyler().setYAxisMin(0.0);
        }
        fit(chart);
        return chart;
    }

    private static String overheadTitle(Scenario scenario) {
        return scenario.title() + ": overhead over the ideal";
    }

    /**
     * Each measured model's CPU time per operation, with its error bar: beside a time that is mostly
     * waiting, what running the model itself cost. The asyncio baseline measures none.
     */
    private static CategoryChart cpuTimeChart(Scenario scenario) {
        CategoryChart chart = modelBars(scenario, cpuTimeRows(scenario), cpuTimeTitle(scenario),
                "CPU time per operation, every thread (" + scenario.cpuUnit() + ")", BELOW_HEIGHT,
                row -> scenario.cpuTime(row).orElseThrow());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        fit(chart);
        return chart;
    }

    /** The rows whose CPU time was measured. */
    private static List<Row> cpuTimeRows(Scenario scenario) {
        return scenario.rows().stream().filter(row -> row.cpuTime().isPresent()).toList();
    }

    static String cpuTimeTitle(Scenario scenario) {
        return scenario.title() + ": CPU time per operation";
    }

    /**
     * One bar per row of {@code rows} (some of {@code scenario}'s) in its model's colour, {@code value}
     * of the row with the error bar when there is one.
     */
    private static CategoryChart modelBars(Scenario scenario, List<Row> rows, String title, String yAxisTitle, int height,
                                           Function<Row, Metric> value) {
        List<String> labels = rows.stream().map(Row::label).toList();
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH).height(height)
                .title(title)
                .xAxisTitle(modelAxisTitle(rows, value))
                .yAxisTitle(yAxisTitle)
                .build();
        CategoryStyler styler = chart.getStyler();
        style(styler);
        styler.setOverlapped(true);
        styler.setAvailableSpaceFill(0.7);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Metric metric = value.apply(row);
            // One series per model, zero in every other category: overlapped, each category shows one coloured bar.
            List<Double> scores = new ArrayList<>(Collections.nCopies(rows.size(), 0.0));
            List<Double> errors = new ArrayList<>(Collections.nCopies(rows.size(), 0.0));
            scores.set(i, metric.score());
            errors.set(i, metric.hasErrorBar() ? metric.error() : 0.0);
            CategorySeries series = chart.addSeries(row.label(), labels, scores, errors);
            series.setFillColor(color(row.model(), scenario.rows().indexOf(row)));
        }
        return chart;
    }

    /** {@code model}, naming the models whose {@code value} is drawn without an error bar. */
    private static String modelAxisTitle(List<Row> rows, Function<Row, Metric> value) {
        List<String> withoutErrorBar = rows.stream().filter(row -> !value.apply(row).hasErrorBar()).map(Row::label).toList();
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
    static void fit(CategoryChart chart) {
        CategoryStyler styler = chart.getStyler();
        List<Double> legendEntries = chart.getSeriesMap().keySet().stream()
                .map(name -> textWidth(name, styler.getLegendFont()) + LEGEND_ENTRY_EXTRA)
                .toList();
        double plotWidth = WIDTH - Y_AXIS_SPACE;
        if (styler.isLegendVisible() && legendEntries.stream().mapToDouble(Double::doubleValue).sum() > WIDTH - Y_AXIS_SPACE / 2) {
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

    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /**
     * An empty chart of a measure against N, both axes logarithmic, with the report's look: N's
     * ticks as whole numbers, a grid both ways, and the legend beside the plot, one name a line
     * (there may be many lines, with long names).
     */
    static XYChart logLog(String title, String xAxisTitle, String yAxisTitle, int height) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH).height(height)
                .title(title)
                .xAxisTitle(xAxisTitle)
                .yAxisTitle(yAxisTitle)
                .build();
        XYStyler styler = chart.getStyler();
        style(styler);
        styler.setXAxisLogarithmic(true);
        styler.setYAxisLogarithmic(true);
        styler.setXAxisDecimalPattern("#,##0");
        styler.setYAxisDecimalPattern("#,##0.#");
        styler.setPlotGridVerticalLinesVisible(true);
        styler.setMarkerSize(9);
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setLegendLayout(LegendLayout.Vertical);
        return chart;
    }

    /** Adds the points ({@code xs}, {@code ys}) to {@code chart} as a line named {@code name}, drawn with {@code stroke} and {@code marker}. */
    static void line(XYChart chart, String name, double[] xs, double[] ys, Color color, BasicStroke stroke, Marker marker) {
        XYSeries drawn = chart.addSeries(name, xs, ys);
        drawn.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        drawn.setLineColor(color);
        drawn.setMarkerColor(color);
        drawn.setLineStyle(stroke);
        drawn.setMarker(marker);
    }

    /** The report's look: white, light grid, dark text, legend below. */
    static void style(AxesChartStyler styler) {
        styler.setErrorBarsColor(INK);
        styler.setAnnotationLineColor(INK);
        styler.setAnnotationLineStroke(DASHED);
        styler.setAnnotationTextFont(FONT.deriveFont(13f));
        styler.setAnnotationTextFontColor(INK);
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
     * the asyncio baseline its own (a lighter shade for its other loops and pools), other names the
     * spare colours by their position {@code index}.
     */
    static Color color(String model, int index) {
        if (Models.isAsyncio(model)) {
            return model.equals(Models.ASYNCIO) ? ASYNCIO : lighter(ASYNCIO);
        }
        return Models.id(model)
                .map(id -> id.isVariant() ? lighter(MODEL_COLORS.get(id.model())) : MODEL_COLORS.get(id.model()))
                .orElseGet(() -> OTHER_COLORS.get(index % OTHER_COLORS.size()));
    }

    /** {@link #color} as the pages write it: {@code #0072b2}. */
    static String hex(String model, int index) {
        return "#%06x".formatted(color(model, index).getRGB() & 0xFFFFFF);
    }

    private static Color lighter(Color color) {
        return new Color(towardWhite(color.getRed()), towardWhite(color.getGreen()), towardWhite(color.getBlue()));
    }

    private static int towardWhite(int channel) {
        return channel + (int) ((255 - channel) * 0.5);
    }

    /** Every model of {@code scenario} with {@code value} of its row, and the ideal. */
    private static String describe(Scenario scenario, Function<Row, Metric> value) {
        String description = describe(scenario.rows(), value, scenario.decimals(), scenario.unit());
        if (scenario.idealInUnit().isPresent()) {
            description += "; ideal: " + Numbers.fixed(scenario.idealInUnit().getAsDouble(), scenario.decimals()) + " " + scenario.unit();
        }
        return description;
    }

    /** Each of {@code rows} with {@code value} of it: {@code reactor: 37.6 ± 19.3 us/op; rxjava: ...}. */
    private static String describe(List<Row> rows, Function<Row, Metric> value, int decimals, String unit) {
        return rows.stream()
                .map(row -> row.label() + ": " + Numbers.withError(value.apply(row), decimals) + " " + unit)
                .collect(Collectors.joining("; "));
    }

    /** {@code svg} with {@code title} and {@code description}, and its ids prefixed with {@code name}. */
    private static String describe(String svg, String name, String title, String description) {
        int rootEnd = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String titled = svg.substring(0, rootEnd)
                + "\n  <title>" + escaped(title) + "</title>"
                + "\n  <desc>" + escaped(description) + "</desc>"
                + svg.substring(rootEnd);
        String idPrefix = "chart-" + name + "-";
        return titled.replace("id=\"", "id=\"" + idPrefix).replace("url(#", "url(#" + idPrefix);
    }

    /** {@code text} as the content of an SVG element, escaped by the pages' template engine. */
    private static String escaped(String text) {
        StringOutput output = new StringOutput();
        Escape.htmlContent(text, output);
        return output.toString();
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
