package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadRun;
import dev.vtvsreactive.report.Charts.ChartFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The load section's charts, a line per model in its colour, the asyncio baseline's in its own: each
 * model's p99 against the offered rate on a logarithmic axis, under the bound a sustained rate keeps it
 * within; and per rate, the latency by percentile as HdrHistogram plots it, the percentile on a
 * logarithmic scale of 1 / (1 − p) so that each nine (90 %, 99 %, 99.9 %) gets the same room. The
 * latency's axis is logarithmic where the latencies span ten times or more. Written beside the
 * scenarios' charts, as SVG and PNG.
 */
final class LoadCharts {

    /** The p99 chart's file name, without extension. */
    static final String P99 = "load-p99";
    /** The start of each percentile chart's file name, the rate after it: {@code load-latency-2000}. */
    static final String LATENCY = "load-latency-";

    /** A logarithmic axis has no zero: latencies at or below this are drawn at it. */
    static final double FLOOR_MS = 0.01;

    /** Roughly how far apart the percentile axis's ticks are, in pixels: far enough that they fall on whole nines. */
    private static final int PERCENTILE_TICK_SPACING = 160;

    private LoadCharts() {
    }

    /**
     * The charts of one sweep.
     *
     * @param p99 each model's p99 against the offered rate; empty when no GET was answered
     * @param latencyByRate per rate at which some GET was answered, increasing, the latency by percentile
     */
    record Files(Optional<ChartFiles> p99, Map<Integer, ChartFiles> latencyByRate) {

        /** Every file written. */
        Stream<ChartFiles> all() {
            return Stream.concat(p99.stream(), latencyByRate.values().stream());
        }
    }

    /** Draws every chart of {@code results} into {@code chartsDirectory}. */
    static Files write(LoadResults results, Path chartsDirectory) throws IOException {
        boolean answered = results.series().stream().anyMatch(series -> !series.withLatency().isEmpty());
        Optional<ChartFiles> p99 = answered
                ? Optional.of(Charts.save(p99Chart(results), chartsDirectory, P99, p99Title(), describeP99(results)))
                : Optional.empty();
        Map<Integer, ChartFiles> latency = new LinkedHashMap<>();
        for (int rate : results.rates()) {
            List<Line> lines = percentileLines(results, rate);
            if (!lines.isEmpty()) {
                latency.put(rate, Charts.save(percentileChart(rate, lines), chartsDirectory, LATENCY + rate,
                        percentileTitle(rate), describePercentiles(lines)));
            }
        }
        return new Files(p99, latency);
    }

    /** Whether some latency of {@code results} had to be drawn at {@link #FLOOR_MS}. */
    static boolean clamped(LoadResults results) {
        return results.series().stream().flatMap(series -> series.withLatency().stream())
                .flatMap(run -> run.distribution().stream())
                .anyMatch(point -> point.ms() <= FLOOR_MS);
    }

    /** How many nines {@code percentile} (0 to 100, below 100) has: log10(1 / (1 − p)); 1 for 90, 2 for 99. */
    static double nines(double percentile) {
        return -Math.log10(1 - percentile / 100);
    }

    /** The percentile axis's tick at {@code nines}: {@code 0 %}, {@code 90 %}, {@code 99.9 %} on whole nines, blank between. */
    static String percentileLabel(double nines) {
        long whole = Math.round(nines);
        if (Math.abs(nines - whole) > 1e-6 || whole < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, whole - 2) + "f %%", 100 * (1 - Math.pow(10, -whole)));
    }

    private static XYChart p99Chart(LoadResults results) {
        XYChart chart = Charts.logLog(p99Title(), "offered rate (GETs/s, log scale); one run per point: no error bars",
                "", Charts.HEIGHT);
        List<LoadRun> drawn = results.series().stream().flatMap(series -> series.withLatency().stream()).toList();
        chart.getStyler().setXAxisLogarithmicDecadeOnly(
                decadesOnly(drawn.stream().mapToDouble(LoadRun::rate).summaryStatistics()));
        latencyAxis(chart, "p99 latency from each GET's due time", Stream.concat(
                drawn.stream().map(run -> Math.max(FLOOR_MS, run.latencyMs().p99())), results.p99BoundMs().stream())
                .mapToDouble(Double::doubleValue));
        int index = 0;
        for (LoadSeries series : results.series()) {
            List<LoadRun> runs = series.withLatency();
            if (!runs.isEmpty()) {
                Charts.line(chart, series.label(), runs.stream().mapToDouble(LoadRun::rate).toArray(),
                        runs.stream().mapToDouble(run -> Math.max(FLOOR_MS, run.latencyMs().p99())).toArray(),
                        Charts.color(series.model(), index), Charts.SOLID, marker(series));
            }
            index++;
        }
        Optional<Double> bound = results.p99BoundMs();
        if (bound.isPresent()) {
            List<Integer> rates = results.rates();
            Charts.line(chart, boundName(bound.get()),
                    new double[] {rates.getFirst(), rates.getLast()}, new double[] {bound.get(), bound.get()},
                    Charts.INK, Charts.DASHED, SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * A model's latency by percentile at one rate.
     *
     * @param series the model
     * @param index its position, for the colour of a model the report does not know
     * @param run its run at the rate
     */
    private record Line(LoadSeries series, int index, LoadRun run) {

        /** Its points below 100 %: at 100 % the axis has no end; the maximum is in the table. */
        List<LoadRun.Point> points() {
            return run.distribution().stream().filter(point -> point.percentile() < 100).toList();
        }
    }

    private static List<Line> percentileLines(LoadResults results, int rate) {
        List<Line> lines = new ArrayList<>();
        List<LoadSeries> series = results.series();
        for (int i = 0; i < series.size(); i++) {
            LoadSeries each = series.get(i);
            int index = i;
            each.withLatency().stream().filter(run -> run.rate() == rate).findFirst()
                    .map(run -> new Line(each, index, run))
                    .filter(line -> !line.points().isEmpty())
                    .ifPresent(lines::add);
        }
        return lines;
    }

    private static XYChart percentileChart(int rate, List<Line> lines) {
        XYChart chart = new XYChartBuilder()
                .width(Charts.WIDTH).height(Charts.HEIGHT)
                .title(percentileTitle(rate))
                .xAxisTitle("percentile (log scale of 1 / (1 − p)); one run per line: no error bars")
                .build();
        XYStyler styler = chart.getStyler();
        Charts.style(styler);
        styler.setxAxisTickLabelsFormattingFunction(LoadCharts::percentileLabel);
        styler.setXAxisTickMarkSpacingHint(PERCENTILE_TICK_SPACING);
        styler.setXAxisMin(0.0);
        // At least one nine: a line of a few GETs may have no point above 0 %.
        styler.setXAxisMax(Math.max(1, Math.ceil(lines.stream().flatMap(line -> line.points().stream())
                .mapToDouble(point -> nines(point.percentile())).max().orElseThrow())));
        latencyAxis(chart, "latency from each GET's due time",
                lines.stream().flatMap(line -> line.points().stream()).mapToDouble(LoadCharts::latency));
        styler.setPlotGridVerticalLinesVisible(true);
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setLegendLayout(LegendLayout.Vertical);
        for (Line line : lines) {
            List<LoadRun.Point> points = line.points();
            Charts.line(chart, line.series().label(), points.stream().mapToDouble(point -> nines(point.percentile())).toArray(),
                    points.stream().mapToDouble(LoadCharts::latency).toArray(),
                    Charts.color(line.series().model(), line.index()), Charts.SOLID, SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * The latency axis of {@code chart}, titled {@code what}: logarithmic where {@code values} span ten
     * times or more (an overloaded model's seconds beside a sustained one's milliseconds), linear within
     * that, where a logarithmic axis would have a label or two at most.
     */
    private static void latencyAxis(XYChart chart, String what, DoubleStream values) {
        DoubleSummaryStatistics range = values.summaryStatistics();
        boolean logarithmic = range.getMax() >= 10 * range.getMin();
        XYStyler styler = chart.getStyler();
        styler.setYAxisLogarithmic(logarithmic);
        styler.setYAxisLogarithmicDecadeOnly(decadesOnly(range));
        styler.setYAxisDecimalPattern("#,##0.#");
        chart.setYAxisTitle(what + (logarithmic ? " (ms, log scale)" : " (ms)"));
    }

    /**
     * Whether a logarithmic axis over {@code range} labels its decades only (XChart's default): not
     * when fewer than two decades fall within it, else the axis would have one label or none.
     */
    private static boolean decadesOnly(DoubleSummaryStatistics range) {
        return Math.floor(Math.log10(range.getMax())) - Math.ceil(Math.log10(range.getMin())) >= 1;
    }

    private static double latency(LoadRun.Point point) {
        return Math.max(FLOOR_MS, point.ms());
    }

    /** The Java models' points as dots, the asyncio baseline's as squares. */
    private static Marker marker(LoadSeries series) {
        return series.baseline() ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE;
    }

    private static String p99Title() {
        return "Latency under load: p99 as the offered rate grows";
    }

    private static String percentileTitle(int rate) {
        return "Latency by percentile at " + FanOutResults.count(rate) + " GETs/s offered";
    }

    private static String describeP99(LoadResults results) {
        Stream<String> points = results.series().stream()
                .flatMap(series -> series.withLatency().stream()
                        .map(run -> series.label() + " at " + FanOutResults.count(run.rate()) + "/s: p99 "
                                + LoadResults.millis(run.latencyMs().p99()) + " ms"));
        return Stream.concat(points, results.p99BoundMs().map(LoadCharts::boundName).stream())
                .collect(Collectors.joining("; "));
    }

    /** The bound's line in the legend: {@code sustained: p99 ≤ 20.0 ms}. */
    private static String boundName(double p99BoundMs) {
        return "sustained: p99 ≤ " + LoadResults.millis(p99BoundMs) + " ms";
    }

    private static String describePercentiles(List<Line> lines) {
        return lines.stream()
                .map(line -> {
                    LoadRun.Percentiles latency = line.run().latencyMs();
                    return line.series().label() + ": p50 " + LoadResults.millis(latency.p50()) + " ms, p99 "
                            + LoadResults.millis(latency.p99()) + " ms, p99.9 " + LoadResults.millis(latency.p999())
                            + " ms, max " + LoadResults.millis(latency.max()) + " ms";
                })
                .collect(Collectors.joining("; "));
    }
}
