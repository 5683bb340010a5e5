package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.traces.StackTraceRun;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.report.Charts.ChartFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * The stack-trace probe's chart: how many lines each model's trace takes, per debug aid, a bar per
 * failing scenario. Written beside the scenarios' charts, as SVG and PNG.
 */
final class TraceCharts {

    /** The chart's file name, without extension. */
    static final String LINES = "stack-trace-lines";

    /** Scenarios are this chart's colours (the axis names the models and aids): no model's colour. */
    private static final Map<FailingScenario, Color> SCENARIO_COLORS = Map.of(
            FailingScenario.GATHER, new Color(0x56B4E9),
            FailingScenario.HTTP, new Color(0x999999));

    private TraceCharts() {
    }

    /** Draws the chart of {@code results} into {@code chartsDirectory}. */
    static ChartFiles write(StackTraceResults results, Path chartsDirectory) throws IOException {
        return Charts.save(linesChart(results), chartsDirectory, LINES, title(), describe(results));
    }

    /** Grouped bars: per model and aid, one bar per scenario it ran; a pair without the scenario has no bar there. */
    private static CategoryChart linesChart(StackTraceResults results) {
        List<String> pairs = pairs(results);
        CategoryChart chart = new CategoryChartBuilder()
                .width(Charts.WIDTH).height(Charts.HEIGHT)
                .title(title())
                .xAxisTitle("model / debug aid (one run each: no error bars)")
                .yAxisTitle("lines of the printed trace")
                .build();
        CategoryStyler styler = chart.getStyler();
        Charts.style(styler);
        styler.setYAxisMin(0.0);
        styler.setAvailableSpaceFill(0.8);
        styler.setYAxisDecimalPattern("#,##0");
        for (FailingScenario scenario : results.scenarios()) {
            List<StackTraceRun> runs = results.runs(scenario);
            // XChart skips a null: no bar where the pair did not run the scenario.
            List<Integer> lines = pairs.stream()
                    .map(pair -> runs.stream().filter(run -> pair(run).equals(pair)).findFirst()
                            .map(run -> run.caught().lines()).orElse(null))
                    .toList();
            chart.addSeries(scenario.title(), pairs, lines).setFillColor(SCENARIO_COLORS.get(scenario));
        }
        Charts.fit(chart);
        return chart;
    }

    /** Every model and aid that ran, in the probe's order: the chart's categories. */
    private static List<String> pairs(StackTraceResults results) {
        return results.report().runs().stream().map(TraceCharts::pair).distinct().toList();
    }

    private static String pair(StackTraceRun run) {
        return Models.label(run.model()) + " / " + run.aid().label();
    }

    private static String title() {
        return "Stack traces on failure: lines per model and debug aid";
    }

    private static String describe(StackTraceResults results) {
        return results.report().runs().stream()
                .map(run -> pair(run) + ", " + run.scenario().label() + ": " + run.caught().lines() + " lines")
                .collect(Collectors.joining("; "));
    }
}
