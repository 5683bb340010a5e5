package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.cpu.CpuBoundPlan;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.report.view.Callout;
import dev.vtvsreactive.report.view.ExperimentView;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's section on the CPU-bound experiment, gathered once so that the page and the
 * Markdown say the same: what was run, the answer to the quiz, each model's verdict, the two charts
 * and the table.
 *
 * @param results what the experiment found
 * @param charts its charts
 */
record CpuBoundSection(CpuBoundResults results, CpuBoundCharts.Files charts) {

    /** The section's heading. */
    static final String TITLE = "CPU-bound work on a single loop";
    /** The section's anchor on the page. */
    static final String ANCHOR = "cpu-bound";

    /** What the section says when the experiment's JSON is not beside the results. */
    static final String NOT_RUN = "Not run: no " + CpuBoundResults.FILE + " beside " + Rendering.RESULTS + ". ./mvnw verify"
            + " runs the experiment right after the benchmarks; by hand: ./compare cpu-bound --save <report folder>/"
            + CpuBoundResults.FILE + ", then render the report again. (asyncio's runs, from " + CpuBoundResults.ASYNCIO_FILE
            + ", are shown beside the Java runs only.)";

    /** Why its numbers are read differently from the benchmarks'. */
    static final String PROBE = "A measured probe, not a JMH benchmark: one run per model and variant, in the same"
            + " environment as the benchmarks (see Environment), so no error bars; its times vary from run to run."
            + " Read the gaps' orders of magnitude, not their decimals.";

    /** What the experiment does, with this run's times. */
    String description() {
        CpuBoundPlan plan = results.plan();
        return String.format(Locale.ROOT,
                "The lesson's quiz asks whether asyncio suits CPU-bound tasks. Here each model runs a heartbeat every %s ms"
                        + " on its single loop. At %s ms a CPU task starts on the same loop: counting the primes below %,d by"
                        + " trial division, calibrated to take about %s ms on this machine and checked against a sieve. At %s ms"
                        + " a reply is asked for that sleeps %s ms. Blocked: the CPU task runs on the loop. Fixed: the model"
                        + " hands it off in its own idiom. Blocked-yield (virtual threads, one carrier in a child JVM): on the"
                        + " loop, calling Thread.yield() as it computes.",
                CpuBoundResults.planMillis(plan.periodMs()), CpuBoundResults.planMillis(plan.cpuStartMs()), plan.work().limit(),
                CpuBoundResults.planMillis(plan.cpuTargetMs()), CpuBoundResults.planMillis(plan.askMs()),
                CpuBoundResults.planMillis(plan.replySleepMs())) + results.asyncio().map(CpuBoundSection::asyncio).orElse("");
    }

    /** How the asyncio baseline's runs differ: their own interpreter, and their CPU work calibrated for it. */
    private static String asyncio(CpuBoundReport baseline) {
        CpuBoundPlan plan = baseline.plan();
        return String.format(Locale.ROOT, """
                 asyncio (%s, asyncio/cpubound.py) follows the same timeline on its event loop, but its CPU work is \
                calibrated separately, for the interpreter: the primes below %,d, about %s ms there, so compare its \
                gaps and delays, not its work. How each of its runs is wired (asyncio.to_thread, a process pool) is in \
                the table's last column.""",
                baseline.java(), plan.work().limit(), CpuBoundResults.planMillis(plan.cpuTargetMs()));
    }

    /** One verdict per model, in the experiment's order. */
    List<String> verdicts() {
        return results.models().stream().map(results::verdict).toList();
    }

    /** The section as the pages show it. */
    ExperimentView view() {
        return new ExperimentView(
                description(), PROBE, Callout.sentence("Quiz.", results.answersNo(), results.quizAnswer()), verdicts(),
                List.of(charts.gaps().figure("Worst heartbeat gap", "Bars: the longest the heartbeat went without a tick,"
                                + " per model and variant; dashed line: its period, the ideal."),
                        charts.timeline().figure("Heartbeat timeline", "Dots: heartbeat ticks; shaded: the CPU task running;"
                                + " diamond: the reply; dashed line: when the replies were due.")),
                results.reading(), table(), List.of());
    }

    /** Every run: model and variant by name in the run's chart colour, the measures right-aligned, the wiring last. */
    private Table table() {
        List<String> headers = results.headers(true);
        List<List<String>> rows = results.rows(true);
        List<Table.Row> styled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Table.Cell> row = ExperimentTable.row(rows.get(i), results.runs().get(i).model(), i, "name");
            row.set(row.size() - 1, row.getLast().styled("wiring"));
            styled.add(new Table.Row(row));
        }
        return new Table(headers, styled);
    }
}
