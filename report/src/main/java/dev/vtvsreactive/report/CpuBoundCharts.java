package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Charts.ChartFiles;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The CPU-bound experiment's two charts: the heartbeat's worst gap per model and variant against
 * its period, and every run's timeline of ticks with the CPU task's window. Written beside the
 * scenarios' charts, as SVG and PNG.
 */
final class CpuBoundCharts {

    /** The worst-gap chart's file name, without extension. */
    static final String GAPS = "cpu-bound-gaps";
    /** The timeline chart's file name, without extension. */
    static final String TIMELINE = "cpu-bound-timeline";

    /** Variants are this chart's colours (the axis names the models): on the loop warm, handed off cool. */
    private static final Map<CpuBoundVariant, Color> VARIANT_COLORS = Map.of(
            CpuBoundVariant.BLOCKED, new Color(0xD55E00),
            CpuBoundVariant.BLOCKED_YIELD, new Color(0xEAAE80),
            CpuBoundVariant.FIXED, new Color(0x56B4E9));
    /** The blocked bars' colour, translucent so that the ticks during the CPU task show through. */
    private static final Color CPU_WINDOW_FILL = new Color(0xD5, 0x5E, 0x00, 0x40);
    private static final float CPU_WINDOW_HEIGHT = 18f;
    private static final int ROW_HEIGHT = 46;
    private static final int TIMELINE_CHROME = 170;
    /** Texts in the plot start this many pixels right of their point. */
    private static final int TEXT_INSET = 5;
    /** A row's name stands this far above the row, in rows. */
    private static final double ROW_NAME_ABOVE = 0.38;

    private CpuBoundCharts() {
    }

    /**
     * The charts of one experiment.
     *
     * @param gaps the worst heartbeat gap per model and variant
     * @param timeline the ticks of every run over time
     */
    record Files(ChartFiles gaps, ChartFiles timeline) {
    }

    /** Draws both charts of {@code results} into {@code chartsDirectory}. */
    static Files write(CpuBoundResults results, Path chartsDirectory) throws IOException {
        return new Files(
                Charts.save(gapChart(results), chartsDirectory, GAPS, gapTitle(), describeGaps(results)),
                Charts.save(timelineChart(results), chartsDirectory, TIMELINE, timelineTitle(), describeTimeline(results)));
    }

    /**
     * Grouped bars: per model, one bar per variant it ran, on a logarithmic axis (a stalled loop's
     * gap is fifty times a free one's), with the heartbeat's period drawn as the ideal.
     */
    private static CategoryChart gapChart(CpuBoundResults results) {
        List<String> models = results.models();
        CategoryChart chart = new CategoryChartBuilder()
                .width(Charts.WIDTH).height(Charts.HEIGHT)
                .title(gapTitle())
                .xAxisTitle("model (one measured run per bar: no error bars); dashed line: the heartbeat's period, "
                        + CpuBoundResults.planMillis(results.plan().periodMs()) + " ms, the ideal")
                .yAxisTitle("worst heartbeat gap (ms, log scale)")
                .build();
        CategoryStyler styler = chart.getStyler();
        Charts.style(styler);
        styler.setYAxisLogarithmic(true);
        styler.setAvailableSpaceFill(0.8);
        styler.setLabelsVisible(true);
        styler.setLabelsFont(Charts.FONT.deriveFont(12f));
        styler.setLabelsFontColor(Charts.INK);
        styler.setLabelsFontColorAutomaticEnabled(false);
        // Mid-bar: the labels of gaps near the period stay clear of its line.
        styler.setLabelsPosition(0.5);
        // Whole milliseconds on the axis and the bars: the table has the decimals.
        styler.setYAxisDecimalPattern("#,##0");
        double period = results.plan().periodMs();
        DoubleSummaryStatistics gaps = results.runs().stream().mapToDouble(CpuBoundRun::worstGapMs).summaryStatistics();
        // Whole decades around the data and the period: the ideal stays in view, below or among the bars.
        styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.min(period, gaps.getMin())) - 0.3)));
        styler.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(gaps.getMax() * 1.5))));
        for (CpuBoundVariant variant : variants(results)) {
            // A model without the variant has no bar there (XChart skips a null).
            List<Double> variantGaps = models.stream()
                    .map(model -> run(results, model, variant).map(CpuBoundRun::worstGapMs).orElse(null))
                    .toList();
            chart.addSeries(variant.label(), models, variantGaps).setFillColor(VARIANT_COLORS.get(variant));
        }
        chart.addAnnotation(new AnnotationLine(period, false, false));
        Charts.fit(chart);
        return chart;
    }

    /**
     * One row per run, top to bottom in the experiment's order: a dot per tick in the model's
     * colour over the shaded window of the CPU task, and a diamond where the reply came; a dashed
     * line where the replies were due.
     */
    private static XYChart timelineChart(CpuBoundResults results) {
        List<CpuBoundRun> runs = results.runs();
        XYChart chart = new XYChartBuilder()
                .width(Charts.WIDTH).height(TIMELINE_CHROME + ROW_HEIGHT * runs.size())
                .title(timelineTitle())
                .xAxisTitle("time since the run started (ms)")
                .yAxisTitle("")
                .build();
        XYStyler styler = chart.getStyler();
        Charts.style(styler);
        styler.setYAxisTitleVisible(false);
        styler.setPlotGridVerticalLinesVisible(true);
        styler.setMarkerSize(6);
        styler.setXAxisMin(0.0);
        styler.setXAxisDecimalPattern("#,##0");
        styler.setYAxisMin(-0.6);
        styler.setYAxisMax(runs.size() - 0.4);
        // The rows are named inside the plot (see nameRows): the numbers of a y axis would mean nothing.
        styler.setYAxisTicksVisible(false);
        styler.setPlotGridHorizontalLinesVisible(false);
        for (int i = 0; i < runs.size(); i++) {
            CpuBoundRun run = runs.get(i);
            double row = runs.size() - 1 - i;
            String name = CpuBoundResults.name(run);

            XYSeries window = chart.addSeries(name + " CPU task", new double[] {run.cpuMs().startMs(), run.cpuMs().endMs()},
                    new double[] {row, row});
            window.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            window.setLineStyle(new BasicStroke(CPU_WINDOW_HEIGHT, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            window.setLineColor(CPU_WINDOW_FILL);
            window.setMarker(SeriesMarkers.NONE);
            window.setShowInLegend(i == 0);
            window.setLabel("CPU task running");

            double[] ticks = run.ticksMs().stream().mapToDouble(Double::doubleValue).toArray();
            double[] rows = new double[ticks.length];
            Arrays.fill(rows, row);
            // XChart needs a point per series: a run without ticks gets no dot series.
            if (ticks.length > 0) {
                XYSeries dots = chart.addSeries(name + " ticks", ticks, rows);
                dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                dots.setMarker(SeriesMarkers.CIRCLE);
                dots.setMarkerColor(Charts.color(run.model(), i));
                dots.setShowInLegend(false);
            }

            XYSeries reply = chart.addSeries(name + " reply", new double[] {run.replyMs()}, new double[] {row});
            reply.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            reply.setMarker(SeriesMarkers.DIAMOND);
            reply.setMarkerColor(Charts.INK);
            reply.setShowInLegend(i == 0);
            reply.setLabel("reply came");
        }
        double due = results.plan().askMs() + results.plan().replySleepMs();
        chart.addAnnotation(new AnnotationLine(due, true, false));
        // XChart centres an annotation on its point and knows where the plot lies only once it has
        // laid the chart out: laid out once, the texts that start at a point can be placed.
        BitmapEncoder.getBufferedImage(chart);
        textFrom(chart, "reply due", due, runs.size() - 1 + ROW_NAME_ABOVE);
        for (int i = 0; i < runs.size(); i++) {
            textFrom(chart, runs.get(i).model() + "  " + runs.get(i).variant(), 0, runs.size() - 1 - i + ROW_NAME_ABOVE);
        }
        return chart;
    }

    /** {@code text} starting just right of {@code x} and centred on {@code y}, both in the chart's values. */
    private static void textFrom(XYChart chart, String text, double x, double y) {
        double centre = chart.getScreenXFromChart(x) + TEXT_INSET + Charts.textWidth(text, chart.getStyler().getAnnotationTextFont()) / 2;
        chart.addAnnotation(new AnnotationText(text, chart.getChartXFromCoordinate((int) Math.round(centre)), y, false));
    }

    private static String gapTitle() {
        return "Worst heartbeat gap: CPU work on the loop (blocked) or off it (fixed)";
    }

    private static String timelineTitle() {
        return "Heartbeat timeline: a dot per tick, the CPU task shaded";
    }

    /**
     * The variants of {@code results}: blocked and fixed side by side, then the variants only some
     * models have, so that a model without them shows no hole between its two bars.
     */
    private static List<CpuBoundVariant> variants(CpuBoundResults results) {
        return Stream.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED, CpuBoundVariant.BLOCKED_YIELD)
                .filter(variant -> results.runs().stream().anyMatch(run -> run.variant() == variant))
                .toList();
    }

    private static Optional<CpuBoundRun> run(CpuBoundResults results, String model, CpuBoundVariant variant) {
        return results.runs().stream().filter(run -> run.model().equals(model) && run.variant() == variant).findFirst();
    }

    private static String describeGaps(CpuBoundResults results) {
        return results.runs().stream()
                .map(run -> CpuBoundResults.name(run) + ": " + CpuBoundResults.millis(run.worstGapMs()) + " ms")
                .collect(Collectors.joining("; ", "", "; ideal: the heartbeat's period, "
                        + CpuBoundResults.millis(results.plan().periodMs()) + " ms"));
    }

    private static String describeTimeline(CpuBoundResults results) {
        return results.runs().stream()
                .map(run -> CpuBoundResults.name(run) + ": " + run.ticksMs().size() + " ticks, CPU task "
                        + CpuBoundResults.millis(run.cpuMs().startMs()) + "–" + CpuBoundResults.millis(run.cpuMs().endMs())
                        + " ms with " + run.ticksDuringCpu() + " ticks, reply at " + CpuBoundResults.millis(run.replyMs()) + " ms")
                .collect(Collectors.joining("; "));
    }
}
