package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.fanout.FanOutPlan;
import dev.vtvsreactive.bench.fanout.FanOutReport;
import dev.vtvsreactive.report.view.Callout;
import dev.vtvsreactive.report.view.ExperimentView;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report's section on the fan-out experiment, gathered once so that the page and the Markdown
 * say the same: what was run, the verdicts, what the pitfalls cost, the targets, the two
 * charts and the table.
 *
 * @param results what the experiment found
 * @param charts its charts
 */
record FanOutSection(FanOutResults results, FanOutCharts.Files charts) {

    /** The section's heading. */
    static final String TITLE = "Fan-out: N concurrent waits";
    /** The section's anchor on the page. */
    static final String ANCHOR = "fanout";

    /** What the section says when neither side's fan-out JSON is beside the results. */
    static final String NOT_RUN = "Not run: no " + FanOutResults.FILE + " (nor " + AsyncioFanOut.FILE + ") beside "
            + Rendering.RESULTS + ". ./mvnw verify runs the sweep after the benchmarks; by hand: ./compare fanout --save"
            + " <report folder>/" + FanOutResults.FILE + ", then render the report again.";

    /** Why its numbers are read differently from the benchmarks'. */
    static final String PROBE = "A measured probe, not a JMH benchmark: one timed run per model, variant and N, each in a"
            + " fresh JVM (or interpreter), so no error bars; its times vary from run to run. Overheads closer than "
            + Numbers.fixed(FanOutResults.TIE_MS, 0) + " ms or " + FanOutResults.tieShare()
            + " are called ties. A pitfall (dashed, labelled) shows what its model's idiom avoids: it is never the model's result.";

    /** What the experiment does, with this run's plan. */
    String description() {
        List<String> parts = new ArrayList<>();
        parts.add("The lesson's gather of three tasks, scaled up: each model starts N tasks that each wait D, all at once,"
                + " and gathers their results in order.");
        results.java().ifPresent(report -> parts.add(java(report)));
        results.asyncio().ifPresent(fanOut -> parts.add(String.format(Locale.ROOT,
                "asyncio (%s): asyncio.gather over N asyncio.sleep(D) tasks, N = %s, D = %s ms, each N in a fresh"
                        + " interpreter; its memory is the resident set's growth per parked task (%s), not a heap.",
                fanOut.interpreter(), tasks(fanOut.runs().stream().map(AsyncioFanOut.Run::n).distinct().toList()),
                fanOut.runs().stream().map(run -> FanOutResults.millis(run.delayMs())).distinct().collect(Collectors.joining(" / ")),
                fanOut.runs().stream().map(AsyncioFanOut.Run::rssSource).distinct().collect(Collectors.joining(", ")))));
        if (results.java().isEmpty()) {
            parts.add("The Java sweep did not run: no " + FanOutResults.FILE + " beside " + Rendering.RESULTS + ".");
        }
        return String.join(" ", parts);
    }

    private static String java(FanOutReport report) {
        FanOutPlan plan = report.plan();
        return String.format(Locale.ROOT, """
                Java %s, %d processors: N = %s, D = %s ms. Each (variant, N) ran in a fresh child JVM started with \
                %s: %d warm-up run%s, then one timed run, then a memory run in which a GC is forced while every task \
                waits. Pitfalls nobody asked for are skipped above N = %s or where a run is expected to take longer \
                than %s ms.""",
                report.java(), report.processors(), tasks(plan.tasks()), FanOutResults.millis(plan.waitMs()),
                String.join(" ", plan.jvmOptions()), plan.warmups(), plan.warmups() == 1 ? "" : "s",
                FanOutResults.count(plan.pitfallMaxTasks()), Numbers.fixed(plan.pitfallBudgetMs(), 0));
    }

    /** The overhead chart's caption. */
    String overheadCaption() {
        return "Lines: wall time − ideal per model and variant, against N (both axes logarithmic); dashed: pitfalls."
                + " Overheads at or below " + FanOutCharts.OVERHEAD_FLOOR_MS + " ms are drawn at "
                + FanOutCharts.OVERHEAD_FLOOR_MS + " ms (a log axis has no zero)"
                + (FanOutCharts.clamped(results, FanOutPoint::overheadMs, FanOutCharts.OVERHEAD_FLOOR_MS) ? "; some were." : "; none was.");
    }

    /** The memory chart's caption. */
    String memoryCaption() {
        return "Lines: memory per waiting task against N (both axes logarithmic). Java: the heap the waiting tasks held,"
                + " plus the thread memory outside the heap (Native Memory Tracking's Thread category) where measured:"
                + " the platform-thread pitfall's cost is mostly there. asyncio: the resident set's growth per parked task,"
                + " RSS, not heap, so not the same measure. Values at or below " + Numbers.fixed(FanOutCharts.MEMORY_FLOOR_BYTES, 0)
                + " B are drawn at " + Numbers.fixed(FanOutCharts.MEMORY_FLOOR_BYTES, 0) + " B"
                + (FanOutCharts.clamped(results, FanOutPoint::memoryPerTaskBytes, FanOutCharts.MEMORY_FLOOR_BYTES)
                        ? "; some were." : "; none was.");
    }

    /** The section as the pages show it. */
    ExperimentView view() {
        List<FanOutResults.Target> targets = results.targets();
        Callout judgement = Callout.ofTargets("Targets.",
                targets.stream().allMatch(target -> target.status() == FanOutResults.Status.MET),
                targets.stream().map(target -> new Callout.Target(target.claim(), target.status().label(), target.figures())).toList());
        List<String> findings = Stream.concat(results.verdicts().stream(), results.pitfallCosts().stream()).toList();
        return new ExperimentView(description(), PROBE, judgement, findings,
                List.of(charts.overhead().figure("Fan-out overhead over the ideal", overheadCaption()),
                        charts.memory().figure("Fan-out memory per waiting task", memoryCaption())),
                results.reading(), table(), results.notRun());
    }

    /** Every point: model in its chart colour, variant (a pitfall's coloured as one), the measures right-aligned. */
    private Table table() {
        List<FanOutPoint> points = results.points();
        List<List<String>> rows = results.rows();
        List<Table.Row> styled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FanOutPoint point = points.get(i);
            styled.add(new Table.Row(ExperimentTable.row(rows.get(i), point.model(), i, point.pitfall() ? "name pitfall" : "name")));
        }
        return new Table(results.headers(), styled);
    }

    /** {@code 1,000, 10,000 and 100,000}. */
    private static String tasks(List<Integer> tasks) {
        return FanOutResults.names(tasks.stream().map(FanOutResults::count).toList());
    }
}
