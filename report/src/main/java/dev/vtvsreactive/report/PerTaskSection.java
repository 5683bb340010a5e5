package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Charts.ChartFiles;
import dev.vtvsreactive.report.PerTask.Measure;
import dev.vtvsreactive.report.view.Callout;
import dev.vtvsreactive.report.view.ExperimentView;
import dev.vtvsreactive.report.view.Figure;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's section on the machinery per task, gathered once so that the page and the Markdown
 * say the same: the no-wait gather's time, CPU time and allocation per task against N, a chart of
 * each and the table.
 *
 * @param perTask the no-wait gathers
 * @param charts a chart of each measure the run measured
 */
record PerTaskSection(PerTask perTask, Map<Measure, ChartFiles> charts) {

    /** The section's heading. */
    static final String TITLE = "Machinery per task: gathers with nothing to wait for";
    /** The section's anchor on the page. */
    static final String ANCHOR = "per-task";
    /** How to measure the no-wait benchmarks: the pipeline with them alone. */
    static final String HOW_TO_RUN = "./mvnw verify -Dbench.include=NoWait";

    /** What the section says when the results hold no no-wait gather. */
    static final String NOT_RUN = "Not run: no NoWaitGatherBenchmark rows in " + Rendering.RESULTS + ". " + HOW_TO_RUN
            + " measures them (with -prof gc and the CPU-time profiler, as every run of the pipeline).";

    /** Why its numbers are read differently from the scenarios'. */
    static final String PROBE = "Derived, not measured apart: each point is a JMH score of the gather of N divided by N,"
            + " its 99.9% interval divided by N too. The charts draw no error bars (a logarithmic axis cannot draw an"
            + " interval that reaches past zero); the table has them.";

    /** What the section shows, with this run's N. */
    String description() {
        String asyncio = perTask.modelRows().stream().filter(Row::asyncio).findFirst()
                .map(row -> row.cpuTime().isPresent()
                        ? " asyncio/bench.py measures no allocation (Python has no counterpart of -prof gc): asyncio is"
                                + " in the time and CPU-time charts."
                        : " These asyncio results hold neither CPU time nor allocation: asyncio is in the time chart alone.")
                .orElse("");
        return "The lesson's gather with every wait already due, at N = " + FanOutResults.names(perTask.tasks().stream()
                .map(FanOutResults::count).toList()) + " tasks (the gather of N, no wait, above), divided by N: what one"
                + " task costs the model to start, suspend once, resume and gather. Flat as N grows: the gather's state"
                + " per task is constant; falling: a fixed cost spread over more tasks; rising: worse than linear." + asyncio;
    }

    /** The section as the pages show it. */
    ExperimentView view() {
        List<Figure> figures = charts.entrySet().stream()
                .map(chart -> chart.getValue().figure(PerTaskCharts.title(chart.getKey()), caption(chart.getKey())))
                .toList();
        return new ExperimentView(description(), PROBE, Callout.sentence("Per task as N grows.", perTask.growthSettled(),
                perTask.growth()), perTask.findings(), figures, PerTask.reading(), table(), List.of());
    }

    /** A chart's caption: what its lines are, and how many of its points to read as orders of magnitude only. */
    private String caption(Measure measure) {
        List<Metric> points = perTask.modelRows().stream()
                .flatMap(model -> perTask.tasks().stream().flatMap(n -> perTask.perTask(measure, model.model(), n).stream()))
                .toList();
        long wide = points.stream().filter(Metric::widerThanScore).count();
        long zero = points.stream().filter(point -> !PerTaskCharts.drawable(point)).count();
        return "Lines: the " + measure.label() + " per task against N, one per model (both axes logarithmic)."
                + (wide == 0 ? "" : " " + wide + " of its " + points.size() + " points have an interval wider than"
                        + " their value: read their order of magnitude only.")
                + (zero == 0 ? "" : " " + zero + " at zero are left out: a logarithmic axis has no zero.")
                + (measure == Measure.ALLOCATION ? " Allocations not measurable in this run are left out." : "");
    }

    /** Every model and N: the model in its chart colour (asyncio's tagged), the measures right-aligned, the flags last. */
    private Table table() {
        List<List<String>> rows = perTask.rows();
        List<Row> models = perTask.modelRows();
        List<Table.Row> styled = new ArrayList<>();
        for (List<String> cells : rows) {
            Row model = models.stream().filter(row -> row.label().equals(cells.getFirst())).findFirst().orElseThrow();
            List<Table.Cell> row = ExperimentTable.row(cells, model.model(), models.indexOf(model), "num");
            row.set(row.size() - 1, Table.Cell.of(cells.getLast()).styled("flag"));
            if (model.asyncio()) {
                row.set(0, row.getFirst().tagged(Table.Tag.ASYNCIO_BASELINE));
            }
            styled.add(new Table.Row(row));
        }
        return new Table(perTask.headers(), styled);
    }
}
