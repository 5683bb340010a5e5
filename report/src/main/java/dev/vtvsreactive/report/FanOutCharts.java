package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Charts.ChartFiles;
import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The fan-out section's two charts, N on a logarithmic axis: the overhead over the ideal, and the
 * memory each waiting task took. One line per model and variant in the model's colour, pitfalls
 * dashed, the asyncio baseline in its own colour. Written beside the scenarios' charts, as SVG and PNG.
 */
final class FanOutCharts {

    /** The overhead chart's file name, without extension. */
    static final String OVERHEAD = "fan-out-overhead";
    /** The memory chart's file name, without extension. */
    static final String MEMORY = "fan-out-memory";

    /** A logarithmic axis has no zero: overheads at or below this are drawn at it. */
    static final double OVERHEAD_FLOOR_MS = 0.1;
    /** ...and memory per task at or below this (a GC may free more than the tasks hold). */
    static final double MEMORY_FLOOR_BYTES = 1;

    private static final BasicStroke PITFALL = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {7, 5}, 0);

    private FanOutCharts() {
    }

    /**
     * The charts of one sweep.
     *
     * @param overhead the overhead over the ideal against N
     * @param memory the memory per waiting task against N
     */
    record Files(ChartFiles overhead, ChartFiles memory) {
    }

    /** Draws both charts of {@code results} into {@code chartsDirectory}. */
    static Files write(FanOutResults results, Path chartsDirectory) throws IOException {
        return new Files(
                Charts.save(chart(results, overheadTitle(), "overhead over the ideal (ms, log scale)",
                                FanOutPoint::overheadMs, OVERHEAD_FLOOR_MS, false),
                        chartsDirectory, OVERHEAD, overheadTitle(), describe(results, FanOutPoint::overheadMs, " ms")),
                Charts.save(chart(results, memoryTitle(), "bytes per waiting task (log scale)",
                                FanOutPoint::memoryPerTaskBytes, MEMORY_FLOOR_BYTES, true),
                        chartsDirectory, MEMORY, memoryTitle(), describe(results, FanOutPoint::memoryPerTaskBytes, " B")));
    }

    /** Whether a value of {@code value} had to be drawn at {@code floor}. */
    static boolean clamped(FanOutResults results, ToDoubleFunction<FanOutPoint> value, double floor) {
        return results.points().stream().anyMatch(point -> value.applyAsDouble(point) <= floor);
    }

    private static XYChart chart(FanOutResults results, String title, String yAxisTitle,
                                 ToDoubleFunction<FanOutPoint> value, double floor, boolean memory) {
        XYChart chart = Charts.logLog(title, "N, concurrent waits (log scale); one timed run per point: no error bars",
                yAxisTitle, Charts.HEIGHT);
        Map<String, List<FanOutPoint>> series = results.points().stream()
                .collect(Collectors.groupingBy(FanOutPoint::series, LinkedHashMap::new, Collectors.toList()));
        int index = 0;
        for (Map.Entry<String, List<FanOutPoint>> line : series.entrySet()) {
            List<FanOutPoint> points = line.getValue();
            FanOutPoint first = points.getFirst();
            String name = memory && first instanceof FanOutPoint.Asyncio ? line.getKey() + ": RSS, not heap" : line.getKey();
            Charts.line(chart, name, points.stream().mapToDouble(FanOutPoint::tasks).toArray(),
                    points.stream().mapToDouble(point -> Math.max(floor, value.applyAsDouble(point))).toArray(),
                    Charts.color(first.model(), index), first.pitfall() ? PITFALL : Charts.SOLID, marker(first));
            index++;
        }
        return chart;
    }

    /** Idioms as dots, each pitfall its own shape, asyncio a square. */
    private static Marker marker(FanOutPoint point) {
        return switch (point) {
            case FanOutPoint.Asyncio asyncio -> SeriesMarkers.SQUARE;
            case FanOutPoint.Java java -> switch (java.run().variant()) {
                case IDIOM -> SeriesMarkers.CIRCLE;
                case FLATMAP -> SeriesMarkers.TRIANGLE_UP;
                case FIXED_POOL_200 -> SeriesMarkers.TRIANGLE_DOWN;
                case PLATFORM_THREAD_PER_TASK -> SeriesMarkers.DIAMOND;
            };
        };
    }

    private static String overheadTitle() {
        return "Fan-out: overhead over the ideal as N grows";
    }

    private static String memoryTitle() {
        return "Fan-out: memory per waiting task as N grows";
    }

    private static String describe(FanOutResults results, ToDoubleFunction<FanOutPoint> value, String unit) {
        return results.points().stream()
                .map(point -> point.series() + " N=" + FanOutResults.count(point.tasks()) + ": "
                        + Numbers.fixed(value.applyAsDouble(point), 1) + unit)
                .collect(Collectors.joining("; "));
    }
}
