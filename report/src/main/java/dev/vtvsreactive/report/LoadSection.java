package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.report.view.Callout;
import dev.vtvsreactive.report.view.ExperimentView;
import dev.vtvsreactive.report.view.Figure;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's section on the open-loop load, gathered once so that the page and the Markdown say
 * the same: what was run and against which server, the verdict, each model's highest sustained rate,
 * the p99 chart, a percentile chart per rate and the table.
 *
 * @param results what the load found
 * @param charts its charts
 */
record LoadSection(LoadResults results, LoadCharts.Files charts) {

    /** The section's heading. */
    static final String TITLE = "Latency under load";
    /** The section's anchor on the page. */
    static final String ANCHOR = "load";

    /** What the section says when neither side's load JSON is beside the results. */
    static final String NOT_RUN = "Not measured: no " + LoadResults.FILE + " (nor " + AsyncioLoad.FILE + ") beside "
            + Rendering.RESULTS + ". To measure it: " + LoadResults.HOW_TO_RUN + ", then render the report again.";

    /** Why its numbers are read differently from the benchmarks'. */
    static final String PROBE = "A measured probe, not a JMH benchmark: one run per model and rate, each model in a fresh"
            + " JVM (or interpreter) after a warm-up at the lowest rate, so no error bars; its latencies vary from run to run."
            + " At the same rate, p99s within " + SustainedRate.tieShare() + " of the lower are called ties.";

    /** How the charts draw the latency. */
    private static final String LATENCY_AXIS = " The latency's axis is logarithmic where the latencies drawn span ten times or"
            + " more, linear within that.";

    /** What the experiment does, with this run's plan, client and server. */
    String description() {
        List<String> parts = new ArrayList<>(List.of("The lesson's GETs, as a server sees them from many users: each model GETs"
                + " posts from the stub on a fixed schedule, each GET due at its time whatever the earlier ones are doing (open"
                + " loop), and each GET's latency runs from when it was due. A client that waited for answers before sending"
                + " more would send less while the server is slow, and never time the GETs it did not send; here a client that"
                + " falls behind its own schedule shows in the latency.", results.planLine(), results.clientLine()));
        results.serverLine().ifPresent(parts::add);
        results.asyncio().ifPresent(asyncio -> parts.add("asyncio (asyncio/load.py) runs the same schedule with aiohttp on its"
                + " event loop" + (results.java().isPresent() ? ", judged against the same plan." : ".")));
        return String.join(" ", parts);
    }

    /** The p99 chart's caption. */
    String p99Caption() {
        String bound = results.plan()
                .map(plan -> "dashed: the p99 a sustained rate stays within, " + LoadResults.millis(plan.sustainedP99Ms()) + " ms ("
                        + Numbers.fixed(LoadPlan.SUSTAINED_P99_FACTOR, 0) + "× the stub's " + plan.latencyMs() + " ms latency)")
                .orElse("no bound drawn: " + LoadResults.NO_PLAN);
        return "Lines: each model's p99 latency against the offered rate, on a logarithmic axis; " + bound + ". A rate at"
                + " which no GET was answered has no point." + LATENCY_AXIS + floor();
    }

    /** A percentile chart's caption. */
    String percentileCaption(int rate) {
        return "Lines: each model's latency at " + FanOutResults.count(rate) + " GETs/s offered, by percentile, from"
                + " HdrHistogram's percentile iteration (asyncio: exact nearest rank); the percentile axis gives each nine"
                + " (90 %, 99 %, 99.9 %) the same room, and stops short of 100 %: the maximum is in the table." + LATENCY_AXIS
                + floor();
    }

    private String floor() {
        return " There latencies at or below " + Numbers.fixed(LoadCharts.FLOOR_MS, 2) + " ms are drawn at it (a logarithmic"
                + " axis has no zero)" + (LoadCharts.clamped(results) ? "; some were." : "; none was.");
    }

    /** The section as the pages show it. */
    ExperimentView view() {
        List<Figure> figures = new ArrayList<>();
        charts.p99().ifPresent(p99 -> figures.add(p99.figure("p99 latency against the offered rate", p99Caption())));
        for (Map.Entry<Integer, Charts.ChartFiles> chart : charts.latencyByRate().entrySet()) {
            figures.add(chart.getValue().figure("Latency by percentile at " + FanOutResults.count(chart.getKey()) + " GETs/s",
                    percentileCaption(chart.getKey())));
        }
        return new ExperimentView(description(), PROBE, Callout.sentence("Verdict.", results.clearLeader(), results.headline()),
                results.verdicts(), figures, results.reading(), table(), results.notRun());
    }

    /** Every run: the model in its chart colour, the measures right-aligned. */
    private Table table() {
        List<List<String>> rows = results.rows();
        List<LoadSeries> series = results.series();
        List<Table.Row> styled = new ArrayList<>();
        // The rows run through the series in order, a row per run: each takes its series' colour.
        for (int index = 0; index < series.size(); index++) {
            for (int run = 0; run < series.get(index).runs().size(); run++) {
                styled.add(new Table.Row(ExperimentTable.row(rows.get(styled.size()), series.get(index).model(), index, "num")));
            }
        }
        return new Table(results.headers(), styled);
    }
}
