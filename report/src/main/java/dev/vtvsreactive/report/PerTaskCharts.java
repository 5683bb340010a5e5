package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Charts.ChartFiles;
import dev.vtvsreactive.report.PerTask.Measure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the machinery per task: for each of time, CPU time and allocation that the run
 * measured, its value per task of the no-wait gather against N, both axes logarithmic, one line per
 * model in its colour (asyncio's in its own, with squares). No error bars: a logarithmic axis cannot
 * draw an interval that reaches past zero, as most of these may; the section's table has them.
 */
final class PerTaskCharts {

    /** The start of every file name of these charts; the measure's {@linkplain Measure#slug() slug} ends it. */
    static final String PREFIX = "no-wait-per-task-";

    /** Three charts one under the other: each lower than a scenario's. */
    private static final int HEIGHT = 400;

    private PerTaskCharts() {
    }

    /** Draws a chart of each measure that some model measured into {@code chartsDirectory}, in {@link Measure} order. */
    static Map<Measure, ChartFiles> write(PerTask perTask, Path chartsDirectory) throws IOException {
        Map<Measure, ChartFiles> charts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            if (perTask.measured(measure)) {
                charts.put(measure, Charts.save(chart(perTask, measure), chartsDirectory, PREFIX + measure.slug(), title(measure),
                        describe(perTask, measure)));
            }
        }
        return charts;
    }

    /** {@code CPU time per task as N grows, nothing to wait for}. */
    static String title(Measure measure) {
        return PerTask.capitalised(measure.label()) + " per task as N grows, nothing to wait for";
    }

    /** Whether a log axis can draw the value: it has no zero. */
    static boolean drawable(Metric perTask) {
        return perTask.score() > 0;
    }

    private static XYChart chart(PerTask perTask, Measure measure) {
        XYChart chart = Charts.logLog(title(measure), "N, tasks gathered (log scale)",
                measure.label() + " per task (" + perTask.unit(measure) + ", log scale)", HEIGHT);
        List<Row> models = perTask.modelRows();
        for (int i = 0; i < models.size(); i++) {
            Row model = models.get(i);
            List<Integer> tasks = perTask.tasks().stream()
                    .filter(n -> perTask.perTask(measure, model.model(), n).filter(PerTaskCharts::drawable).isPresent())
                    .toList();
            if (!tasks.isEmpty()) {
                Charts.line(chart, model.label(), tasks.stream().mapToDouble(n -> n).toArray(),
                        tasks.stream().mapToDouble(n -> perTask.perTask(measure, model.model(), n).orElseThrow().score()).toArray(),
                        Charts.color(model.model(), i), Charts.SOLID, model.asyncio() ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
            }
        }
        return chart;
    }

    /** Every point: {@code virtual-threads N=3: 48.2 ± 80.7 us/task; ...}. */
    private static String describe(PerTask perTask, Measure measure) {
        return perTask.modelRows().stream()
                .flatMap(model -> perTask.tasks().stream().flatMap(n -> perTask.perTask(measure, model.model(), n).stream()
                        .map(value -> model.label() + " N=" + FanOutResults.count(n) + ": "
                                + Numbers.withError(value, Numbers.decimals(value, 1)) + " " + value.unit())))
                .collect(Collectors.joining("; "));
    }
}
