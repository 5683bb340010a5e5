package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Baseline.Comparison;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one report shows, gathered once so that the page and the Markdown say the same.
 *
 * @param scenarios the scenarios, in the report's order
 * @param environment where and how the numbers were measured
 * @param baseline the older run compared with, if any
 * @param baselineSource where the baseline was read from, if any
 * @param charts the chart files of each scenario, by {@link Scenario#slug()}
 * @param cpuBound the CPU-bound experiment's section; empty when the experiment's JSON was not beside the results
 * @param fanOut the fan-out sweep's section; empty when neither side's fan-out JSON was beside the results
 */
record Rendering(
        List<Scenario> scenarios, Environment environment, Optional<Baseline> baseline, Optional<String> baselineSource,
        Map<String, Charts.ScenarioCharts> charts, Optional<CpuBoundSection> cpuBound, Optional<FanOutSection> fanOut) {

    /** The page's and the document's title. */
    static final String TITLE = "vt-vs-reactive benchmark report";

    /** The copy of JMH's JSON in the report's directory. */
    static final String RESULTS = "results.json";
    /** The report in Markdown. */
    static final String MARKDOWN = "report.md";
    /** The report's page. */
    static final String HTML = "index.html";

    /** {@code scenario}'s table, against the baseline when there is one. */
    ScenarioTable table(Scenario scenario) {
        return ScenarioTable.of(scenario, baseline);
    }

    /** The fan-out row of the overview: its verdict at the largest N and the targets, or that it was not run. */
    String fanOutGlance() {
        return fanOut.map(section -> section.results().headline()).orElse(FanOutSection.NOT_RUN);
    }

    /** The overview's heading of the asyncio baseline's row. */
    static final String ASYNCIO_TITLE = "asyncio baseline (Python)";

    /**
     * The asyncio baseline's row of the overview: which interpreter measured which scenarios, what it
     * skipped or failed; or that it did not run, and why, so that nobody misses its absence.
     */
    String asyncioGlance() {
        Optional<AsyncioEnvironment> asyncio = environment.asyncio();
        if (asyncio.isEmpty() || !asyncio.get().ran()) {
            return AsyncioEnvironment.line(asyncio);
        }
        long measured = scenarios.stream().filter(scenario -> scenario.rows().stream().anyMatch(Row::asyncio)).count();
        StringBuilder glance = new StringBuilder("Measured with ").append(asyncio.get().interpreter().orElseThrow())
                .append(" in ").append(measured).append(" of ").append(scenarios.size())
                .append(" scenarios, beside the Java models and never in their verdicts");
        cpuBound.flatMap(section -> section.results().asyncio()).ifPresent(runs -> glance.append("; in the CPU-bound section"));
        fanOut.flatMap(section -> section.results().asyncio()).ifPresent(runs -> glance.append("; in the fan-out section"));
        glance.append('.');
        if (!asyncio.get().skipped().isEmpty()) {
            glance.append(" Skipped: ").append(String.join("; ", asyncio.get().skipped())).append('.');
        }
        if (!asyncio.get().failures().isEmpty()) {
            glance.append(" Failed: ").append(String.join("; ", asyncio.get().failures())).append('.');
        }
        return glance.toString();
    }

    /** The baseline rows this run has no counterpart for; empty without a baseline. */
    List<Comparison> onlyInBaseline() {
        return baseline.map(b -> b.onlyInBaseline(scenarios)).orElse(List.of());
    }

    /** The relative path of {@code chart}'s file with {@code extension} ({@code svg}, {@code png}). */
    static String chartPath(Charts.ChartFiles chart, String extension) {
        return Charts.DIRECTORY + "/" + chart.name() + "." + extension;
    }

    /** How to read the numbers: the same notes on the page and in the Markdown. */
    static List<String> readingNotes() {
        return List.of(
                "Time is JMH's mean time per operation; ± is the half-width of JMH's 99.9% confidence interval.",
                "Ideal is what the scenario would take if the model cost nothing (the lesson's delays at the benchmark's"
                        + " scale, or the stub's latency); overhead = time − ideal, charted on its own below each time"
                        + " chart, where differences of a few percent show.",
                "Allocation is JMH's gc.alloc.rate.norm (bytes allocated per operation, from -prof gc).",
                "noisy: the error is more than 10% of the time. no error bar: JMH ran fewer than 3 measurement"
                        + " iterations, so no interval exists and nothing can be concluded from comparing the row.",
                "A model wins clearly only when its interval is clear of every other model's; overlapping intervals"
                        + " are a statistical tie.",
                "A labelled variant (e.g. reactor (JDK HttpClient)) is that model with one part swapped, shown beside"
                        + " the model, not as its result.",
                "asyncio (CPython) rows are the lesson's own Python code, measured by asyncio/bench.py as JMH measures"
                        + " (forks, warm-up and measured iterations, the same 99.9% interval), with interpreter start-up"
                        + " kept out: a baseline beside the Java models, never in their verdicts.");
    }
}
