package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Baseline.Comparison;
import dev.vtvsreactive.report.view.Callout;
import dev.vtvsreactive.report.view.Figure;
import dev.vtvsreactive.report.view.ReportView;
import dev.vtvsreactive.report.view.ScenarioView;
import dev.vtvsreactive.report.view.Section;
import dev.vtvsreactive.report.view.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one report shows, gathered once and told as one {@link ReportView}, so that the page
 * and the Markdown say the same.
 *
 * @param whichModel which model for which work, from everything below
 * @param scenarios the scenarios, in the report's order
 * @param environment where and how the numbers were measured
 * @param baseline the older run compared with, if any
 * @param baselineSource where the baseline was read from, if any
 * @param charts the chart files of each scenario, by {@link Scenario#slug()}
 * @param perTask the machinery per task's section; empty when the results hold no no-wait gather
 * @param cpuBound the CPU-bound experiment's section; empty when the experiment's JSON was not beside the results
 * @param fanOut the fan-out sweep's section; empty when neither side's fan-out JSON was beside the results
 * @param load the open-loop load's section; empty when neither side's load JSON was beside the results
 * @param living the section on living with each model, each of its questions answered or saying how to measure it
 * @param flameGraphs the flame graphs beside the results, if any
 * @param reportFolder where the pages are written: what their links to files beside the results start from
 */
record Rendering(
        WhichModel whichModel, List<Scenario> scenarios, Environment environment, Optional<Baseline> baseline, Optional<String> baselineSource,
        Map<String, Charts.ScenarioCharts> charts, Optional<PerTaskSection> perTask, Optional<CpuBoundSection> cpuBound,
        Optional<FanOutSection> fanOut, Optional<LoadSection> load, LivingSection living, FlameGraphs flameGraphs,
        Path reportFolder) {

    /** The page's and the document's title. */
    static final String TITLE = "vt-vs-reactive benchmark report";

    /** The copy of JMH's JSON in the report's directory. */
    static final String RESULTS = "results.json";
    /** The report in Markdown. */
    static final String MARKDOWN = "report.md";
    /** The report's page. */
    static final String HTML = "index.html";

    /** The overview's heading of the asyncio baseline's row. */
    private static final String ASYNCIO_TITLE = "asyncio baseline (Python)";
    /** The id of index.jte's environment card, where the asyncio baseline's row of the overview links to. */
    private static final String ENVIRONMENT_ANCHOR = "environment";

    /** What the pages show. */
    ReportView view() {
        Machine machine = environment.machine();
        return new ReportView(
                TITLE,
                "Captured " + machine.capturedAt() + " at commit " + machine.gitCommit() + " on " + machine.cpuModel()
                        + " (" + machine.cpus() + " CPUs)",
                baselineSource, whichModel.view(), whichModel.notes(), glance(), readingNotes(), scenarios.stream().map(this::scenario).toList(),
                new Section(PerTaskSection.ANCHOR, PerTaskSection.TITLE, perTask.map(PerTaskSection::view), PerTaskSection.NOT_RUN),
                new Section(CpuBoundSection.ANCHOR, CpuBoundSection.TITLE, cpuBound.map(CpuBoundSection::view),
                        CpuBoundSection.NOT_RUN),
                new Section(FanOutSection.ANCHOR, FanOutSection.TITLE, fanOut.map(FanOutSection::view), FanOutSection.NOT_RUN),
                new Section(LoadSection.ANCHOR, LoadSection.TITLE, load.map(LoadSection::view), LoadSection.NOT_RUN),
                living.view(),
                onlyInBaseline(), flameGraphs.note(), flameGraphs.links(reportFolder),
                environment.facts().stream().map(fact -> new ReportView.Fact(fact.name(), fact.value())).toList(),
                rawData(), MARKDOWN, Charts.DIRECTORY + "/");
    }

    /** The overview: each scenario's and experiment's verdict, linked to its section. */
    private Table glance() {
        List<Table.Row> rows = new ArrayList<>(scenarios.stream()
                .map(scenario -> glance(anchor(scenario), scenario.title(), Verdict.of(scenario).text()))
                .toList());
        rows.add(glance(PerTaskSection.ANCHOR, PerTaskSection.TITLE,
                perTask.map(section -> section.perTask().growth()).orElse(PerTaskSection.NOT_RUN)));
        rows.add(glance(CpuBoundSection.ANCHOR, CpuBoundSection.TITLE,
                cpuBound.map(section -> section.results().quizAnswer()).orElse(CpuBoundSection.NOT_RUN)));
        rows.add(glance(FanOutSection.ANCHOR, FanOutSection.TITLE, fanOutGlance()));
        rows.add(glance(LoadSection.ANCHOR, LoadSection.TITLE,
                load.map(section -> section.results().headline()).orElse(LoadSection.NOT_RUN)));
        rows.add(glance(LivingSection.ANCHOR, LivingSection.TITLE, living.glance()));
        rows.add(glance(ENVIRONMENT_ANCHOR, ASYNCIO_TITLE, asyncioGlance()));
        return new Table(List.of("Scenario", "Verdict"), rows);
    }

    private static Table.Row glance(String anchor, String title, String verdict) {
        return new Table.Row(List.of(Table.Cell.of(title).linkedTo("#" + anchor), Table.Cell.of(verdict)));
    }

    /** The section of {@code scenario}: its verdict, its charts and its table, against the baseline when there is one. */
    private ScenarioView scenario(Scenario scenario) {
        Verdict verdict = Verdict.of(scenario);
        Charts.ScenarioCharts files = charts.get(scenario.slug());
        List<Figure> figures = new ArrayList<>();
        figures.add(files.time().figure(scenario.title(), "Bars: mean time with 99.9% error bars; dashed line: the ideal."));
        files.overhead().ifPresent(overhead -> figures.add(overhead.figure(scenario.title() + ": overhead over the ideal",
                "Bars: time − ideal, with the same error bars: zero is the ideal, so differences of a few percent show.")));
        files.cpuTime().ifPresent(cpuTime -> figures.add(cpuTime.figure(Charts.cpuTimeTitle(scenario),
                "Bars: the fork's CPU time per operation, every thread (the model's schedulers and carriers, the GC, the JIT),"
                        + " with 99.9% error bars: what running the model cost, beside a time that may be mostly waiting.")));
        return new ScenarioView(anchor(scenario), scenario.title(), scenario.description(),
                Callout.sentence("Verdict.", verdict.clearWinner(), verdict.text()), figures,
                ScenarioTable.of(scenario, baseline).view());
    }

    private static String anchor(Scenario scenario) {
        return "scenario-" + scenario.slug();
    }

    /** The baseline rows this run has no counterpart for; empty without a baseline or when there are none. */
    private Optional<Table> onlyInBaseline() {
        List<Comparison> missing = baseline.map(b -> b.onlyInBaseline(scenarios)).orElse(List.of());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Table(List.of("Scenario", "Model", "Baseline time"), missing.stream()
                .map(comparison -> {
                    Row row = comparison.baseline().orElseThrow();
                    return new Table.Row(List.of(
                            Table.Cell.of(comparison.scenario().title()), Table.Cell.of(row.label()),
                            Table.Cell.of(ScenarioTable.time(comparison.scenario(), row) + " " + comparison.scenario().unit())
                                    .styled("num")));
                })
                .toList()));
    }

    /** The JSON files the pages were rendered from, each with what it holds. */
    private List<ReportView.Link> rawData() {
        List<ReportView.Link> files = new ArrayList<>(List.of(new ReportView.Link(RESULTS, "JMH JSON")));
        cpuBound.ifPresent(section -> files.add(new ReportView.Link(CpuBoundResults.FILE, "the CPU-bound experiment")));
        environment.asyncio().ifPresent(asyncio -> files.add(new ReportView.Link(AsyncioEnvironment.FILE,
                "the asyncio baseline's environment")));
        fanOut.ifPresent(section -> {
            section.results().java().ifPresent(java -> files.add(new ReportView.Link(FanOutResults.FILE, "the fan-out sweep")));
            section.results().asyncio().ifPresent(asyncio -> files.add(new ReportView.Link(AsyncioFanOut.FILE, "asyncio's fan-out")));
        });
        load.ifPresent(section -> {
            section.results().java().ifPresent(java -> files.add(new ReportView.Link(LoadResults.FILE, "the open-loop load")));
            section.results().asyncio().ifPresent(asyncio -> files.add(new ReportView.Link(AsyncioLoad.FILE, "asyncio's load")));
        });
        living.results().traces().ifPresent(traces -> files.add(new ReportView.Link(StackTraceResults.FILE, "the stack-trace probe")));
        living.results().dumps().ifPresent(dumps -> files.add(new ReportView.Link(ThreadDumpResults.FILE, "the thread dumps")));
        living.results().context().ifPresent(context -> files.add(new ReportView.Link(ContextPropagationResults.FILE,
                "the context-propagation probe")));
        return files;
    }

    /** The fan-out row of the overview: its verdict at the largest N and the targets, or that it was not run. */
    private String fanOutGlance() {
        return fanOut.map(section -> section.results().headline()).orElse(FanOutSection.NOT_RUN);
    }

    /**
     * The asyncio baseline's row of the overview: which interpreter measured which scenarios, what it
     * skipped or failed; or that it did not run, and why, so that nobody misses its absence.
     */
    private String asyncioGlance() {
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
        load.flatMap(section -> section.results().asyncio()).ifPresent(runs -> glance.append("; in the load section"));
        glance.append('.');
        if (!asyncio.get().skipped().isEmpty()) {
            glance.append(" Skipped: ").append(String.join("; ", asyncio.get().skipped())).append('.');
        }
        if (!asyncio.get().failures().isEmpty()) {
            glance.append(" Failed: ").append(String.join("; ", asyncio.get().failures())).append('.');
        }
        return glance.toString();
    }

    /** How to read the numbers: the same notes on the page and in the Markdown. */
    private static List<String> readingNotes() {
        return List.of(
                "Time is JMH's mean time per operation; ± is the half-width of JMH's 99.9% confidence interval.",
                "Ideal is what the scenario would take if the model cost nothing (the lesson's delays at the benchmark's"
                        + " scale, or the stub's latency); overhead = time − ideal, charted on its own below each time"
                        + " chart, where differences of a few percent show.",
                "CPU time is the forked JVM's CPU time over each iteration, every thread (the model's schedulers and"
                        + " carriers, the GC, the JIT), divided by the operations (cpu.time.norm, from -prof"
                        + " dev.vtvsreactive.bench.profile.CpuTimeProfiler); ± is its 99.9% interval across iterations."
                        + " In the HTTP rows it is the client's alone: the stub serves from a JVM of its own, as it does for"
                        + " an asyncio row, whose CPU time is its interpreter's (time.process_time_ns).",
                "Allocation is JMH's gc.alloc.rate.norm (bytes allocated per operation, from -prof gc); where its"
                        + " interval is wider than the allocation itself it reads \"" + ScenarioTable.NOT_MEASURABLE
                        + "\" instead of a number.",
                "noisy: the error is more than 10% of the time. interval wider than the score: the interval reaches"
                        + " past zero, so not even the order of magnitude is established (too few operations per iteration,"
                        + " or a noisy machine). no error bar: JMH ran fewer than 3 measurement"
                        + " iterations, so no interval exists and nothing can be concluded from comparing the row."
                        + " fewer than " + Row.MIN_OPERATIONS_PER_ITERATION + " operations per iteration: each iteration's"
                        + " score is an average of too few. scores still falling: the first third of a fork's iterations"
                        + " was more than " + Numbers.percent(Row.FALLING) + " slower than its last, so the warm-up was too"
                        + " short.",
                "A model wins clearly only when its interval is clear of every other model's; overlapping intervals"
                        + " are a statistical tie.",
                "A labelled variant (e.g. reactor (JDK HttpClient)) is that model with one part swapped, shown beside"
                        + " the model, not as its result.",
                "asyncio (CPython) rows are the lesson's own Python code, measured by asyncio/bench.py as JMH measures"
                        + " (forks, warm-up and measured iterations, the same 99.9% interval), with interpreter start-up"
                        + " kept out: a baseline beside the Java models, never in their verdicts.");
    }
}
