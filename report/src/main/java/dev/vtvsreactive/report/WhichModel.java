package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.bench.context.ContextPropagationReport.PropagationRun;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import dev.vtvsreactive.report.PerTask.Measure;
import dev.vtvsreactive.report.WorkMeasure.Figure;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which model for which work: the report's answer, at its top. One row per kind of work the suite
 * measures (the lesson's waits, the machinery per task, 100k and 1M waits, CPU-bound work, HTTP,
 * HTTP under open-loop load, what a failure does, what a failure's trace names, what a thread dump
 * shows, whether a request's id reaches its log lines), a column per suite model whose cell is its figure
 * and its place, the asyncio baseline's figures beside, never placed; and one sentence per row made
 * from the figures alone: nothing here knows which model should win. A kind of work this run did not
 * measure says so, with the command that measures it.
 *
 * @param rows one per kind of work, in the table's order
 * @param asyncioAbsent why the asyncio baseline has no column: whether and how it ran
 */
record WhichModel(List<WorkRow> rows, String asyncioAbsent) {

    /** The document, from the repository's root, on what each model does when a task fails. */
    static final String FAILURE_SEMANTICS = "docs/failure-semantics.md";
    /** The no-wait gather's N whose cost per task is the machinery's row. */
    static final int MACHINERY_TASKS = 10_000;
    /** The fan-out's N that have a row each. */
    static final List<Integer> WAITS = List.of(100_000, 1_000_000);
    /** The asyncio baseline's model whose figures stand beside the Java models: the standard event loop's. */
    private static final String ASYNCIO = Models.ASYNCIO;
    /** The CPU-bound experiment's row. */
    private static final String CPU_BOUND = "CPU-bound work beside a heartbeat: its worst gap, blocked and fixed";
    /** The HTTP row: the throughput benchmark's, where the run has it (the rigorous profile). */
    private static final String HTTP = "HTTP: %,d GETs, %d in flight"
            .formatted(Ideal.THROUGHPUT_REQUESTS, Ideal.THROUGHPUT_CONCURRENCY);
    /** The HTTP row without the throughput benchmark: the lesson's example, as the quick profile measures it. */
    private static final String HTTP_EXAMPLE = "HTTP: the lesson's two concurrent GETs";
    /** The open-loop load's row: the most GETs a second each model sustained. */
    private static final String LOAD = "HTTP under open-loop load: the most GETs/s sustained, and p99 there";
    /** The stack traces' row. */
    private static final String DEBUGGING = "Debugging a failure: what the default stack trace names, in how many lines";
    /** The thread dumps' row. */
    private static final String DUMPS = "Waiting tasks in a thread dump: how many a person can find";
    /** The context propagation's row. */
    private static final String CONTEXT = "Request context in logs: the request id on every log line";
    /** How to run the CPU-bound experiment for the report. */
    private static final String MEASURE_CPU_BOUND = "./compare cpu-bound --save <report folder>/" + CpuBoundResults.FILE
            + " (./mvnw verify runs it)";
    /** How to measure one benchmark with the pipeline: its name from {@code bench.} on, as JMH's include pattern. */
    private static final String MEASURE_BENCHMARK = "./mvnw verify -Dbench.include=";

    WhichModel {
        rows = List.copyOf(rows);
    }

    /**
     * The table of this run.
     *
     * @param living the traces, thread dumps and log context this run measured
     * @param failureSemantics the link to {@value #FAILURE_SEMANTICS} from the report, when the report lies inside the repository
     * @param asyncioLine whether and how the asyncio baseline ran, said where it has no column
     */
    static WhichModel of(List<Scenario> scenarios, Optional<CpuBoundResults> cpuBound, Optional<FanOutResults> fanOut,
                         Optional<LoadResults> load, LivingResults living, Optional<String> failureSemantics,
                         String asyncioLine) {
        List<WorkRow> rows = new ArrayList<>();
        for (String benchmark : List.of(Ideal.GREET, Ideal.FETCH_DATA, Ideal.GATHER)) {
            rows.add(largest(scenarios, benchmark, "scale")
                    .map(scenario -> overheads("The lesson's waits: " + scenario.title(), scenario))
                    .orElseGet(() -> WorkRow.notMeasured("The lesson's waits: " + Scenario.name(benchmark), measure(benchmark))));
        }
        rows.add(machinery(PerTask.of(scenarios)));
        WAITS.forEach(tasks -> rows.add(waits(fanOut, tasks)));
        rows.add(cpuBound.map(WhichModel::cpuBound).orElseGet(() -> WorkRow.notMeasured(CPU_BOUND, MEASURE_CPU_BOUND)));
        rows.add(largest(scenarios, Ideal.THROUGHPUT, "latencyMs")
                .map(scenario -> overheads(HTTP + " (latency " + scenario.params().get("latencyMs") + " ms)", scenario))
                .or(() -> largest(scenarios, Ideal.HTTP, "latencyMs").map(scenario -> overheads(
                        HTTP_EXAMPLE + " (latency " + scenario.params().get("latencyMs") + " ms)", scenario)))
                .orElseGet(() -> WorkRow.notMeasured(HTTP, measure(Ideal.THROUGHPUT))));
        rows.add(load.map(WhichModel::load).orElseGet(() -> WorkRow.notMeasured(LOAD, LoadResults.HOW_TO_RUN)));
        rows.add(new WorkRow("Failure semantics: what a failed task does to the others", failureSemantics, List.of(),
                "No figure: how each model cancels the other tasks, reports the first failure or collects every result,"
                        + " beside asyncio.gather, is set out in " + FAILURE_SEMANTICS + ".", ScenarioTable.NONE));
        rows.add(living.traces().map(WhichModel::debugging)
                .orElseGet(() -> WorkRow.notMeasured(DEBUGGING, StackTraceResults.HOW_TO_RUN)));
        rows.add(living.dumps().map(WhichModel::dumps).orElseGet(() -> WorkRow.notMeasured(DUMPS, ThreadDumpResults.HOW_TO_RUN)));
        rows.add(living.context().map(WhichModel::context)
                .orElseGet(() -> WorkRow.notMeasured(CONTEXT, ContextPropagationResults.HOW_TO_RUN)));
        return new WhichModel(rows, asyncioLine);
    }

    /** The scenario of {@code benchmark} with the largest {@code param}: the lesson's scale, or the stub's latency. */
    private static Optional<Scenario> largest(List<Scenario> scenarios, String benchmark, String param) {
        return scenarios.stream()
                .filter(scenario -> scenario.benchmark().equals(benchmark) && !scenario.higherIsBetter())
                .max(Comparator.comparingDouble(scenario -> Double.parseDouble(scenario.params().getOrDefault(param, "0"))));
    }

    /**
     * {@code ./mvnw verify -Dbench.include=bench.GatherBenchmark.gather}: the pipeline, with that benchmark
     * alone, and nothing excluded (the quick profile leaves some benchmarks to the rigorous one).
     */
    static String measure(String benchmark) {
        return MEASURE_BENCHMARK + benchmark.substring(benchmark.indexOf("bench.")) + " -Dbench.exclude=^$";
    }

    /** A scenario with an ideal, ranked by the overhead over it, and how large the overheads are beside the ideal. */
    private static WorkRow overheads(String work, Scenario scenario) {
        String unit = scenario.unit().replace("/op", "");
        Function<Row, Figure> figure = row -> {
            Metric overhead = row.overheadMetric().orElseThrow();
            return Figure.measured(row.model(), overhead, Numbers.signedWithError(overhead, scenario.decimals()) + " " + unit);
        };
        WorkMeasure overhead = WorkMeasure.ofScores("overhead", suiteRows(scenario).map(figure).toList(),
                asyncioRow(scenario).map(figure));
        double ideal = scenario.idealInUnit().orElseThrow();
        return WorkRow.measured(work, "#scenario-" + scenario.slug(), List.of(overhead), () -> {
            StringBuilder why = new StringBuilder(overhead.clause());
            if (ideal > 0) {
                DoubleSummaryStatistics shares = overhead.java().stream().mapToDouble(each -> each.value() / ideal).summaryStatistics();
                why.append("; on the ").append(Numbers.fixed(ideal, scenario.decimals())).append(' ').append(unit)
                        .append(" ideal the overheads are ").append(Numbers.signedPercent(shares.getMin())).append(" to ")
                        .append(Numbers.signedPercent(shares.getMax())).append(" of it");
            }
            return sentence(why.toString());
        }, measure(scenario.benchmark()));
    }

    /** The no-wait gather of {@value #MACHINERY_TASKS}: CPU time per task where measured, and time per task. */
    private static WorkRow machinery(Optional<PerTask> perTask) {
        String work = "Machinery per task: gather of " + FanOutResults.count(MACHINERY_TASKS) + ", no wait";
        if (perTask.isEmpty() || !perTask.get().tasks().contains(MACHINERY_TASKS)) {
            return WorkRow.notMeasured(work, PerTaskSection.HOW_TO_RUN);
        }
        PerTask gathers = perTask.get();
        List<WorkMeasure> measures = Stream.of(Measure.CPU_TIME, Measure.TIME)
                .filter(gathers::measured)
                .map(measure -> {
                    Function<String, Optional<Figure>> figure = model -> gathers.perTask(measure, model, MACHINERY_TASKS)
                            .map(value -> Figure.measured(model, value, PerTask.figure(value) + " " + value.unit()));
                    return WorkMeasure.ofScores(measure.label(),
                            suiteModels().flatMap(model -> figure.apply(model).stream()).toList(), figure.apply(ASYNCIO));
                })
                .toList();
        return WorkRow.measured(work, "#" + PerTaskSection.ANCHOR, measures, () -> sentence("per task, with nothing to wait for, "
                + String.join("; ", measures.stream().map(WorkMeasure::clause).toList())), PerTaskSection.HOW_TO_RUN);
    }

    /** The fan-out's idioms at N = {@code tasks}: the overhead over the wait, and the heap each waiting task held. */
    private static WorkRow waits(Optional<FanOutResults> fanOut, int tasks) {
        String work = FanOutResults.count(tasks) + " concurrent waits (fan-out): overhead, heap per waiting task";
        List<FanOutPoint.Java> java = fanOut.stream().flatMap(results -> results.points().stream())
                .flatMap(point -> point instanceof FanOutPoint.Java idiom && !idiom.pitfall() && idiom.tasks() == tasks
                        && suiteModels().anyMatch(idiom.model()::equals) ? Stream.of(idiom) : Stream.empty())
                .toList();
        Optional<FanOutPoint.Asyncio> asyncio = fanOut.stream().flatMap(results -> results.points().stream())
                .flatMap(point -> point instanceof FanOutPoint.Asyncio baseline && baseline.model().equals(ASYNCIO)
                        && baseline.tasks() == tasks ? Stream.of(baseline) : Stream.empty())
                .findFirst();
        String command = tasks == FanOutResults.TARGET_TASKS ? FanOutResults.HOW_TO_RUN_1M
                : "./mvnw verify, or ./compare fanout --n " + tasks + " --save <report folder>/" + FanOutResults.FILE;
        if (java.isEmpty() && asyncio.isEmpty()) {
            return WorkRow.notMeasured(work, command);
        }
        Function<FanOutPoint, Figure> overhead = point -> Figure.once(point.model(), point.overheadMs(),
                Numbers.signed(point.overheadMs(), 1) + " ms");
        String oneRun = "one run each: within " + Numbers.fixed(FanOutResults.TIE_MS, 0) + " ms or " + FanOutResults.tieShare();
        WorkMeasure overheads = new WorkMeasure("overhead", java.stream().map(overhead).toList(), asyncio.map(overhead),
                (best, other) -> FanOutResults.tie(best.value(), other.value()), oneRun);
        WorkMeasure heap = new WorkMeasure("heap per waiting task",
                java.stream().map(point -> Figure.once(point.model(), point.run().heapPerTaskBytes(),
                        FanOutResults.bytes(point.run().heapPerTaskBytes()) + " B")).toList(),
                asyncio.map(point -> Figure.once(point.model(), point.memoryPerTaskBytes(),
                        "RSS " + FanOutResults.bytes(point.memoryPerTaskBytes()) + " B, not heap")),
                (best, other) -> other.value() - best.value() < FanOutResults.TIE_SHARE * Math.abs(best.value()),
                "one run each: within " + FanOutResults.tieShare());
        return WorkRow.measured(work, "#" + FanOutSection.ANCHOR, List.of(overheads, heap),
                () -> sentence(overheads.clause() + "; " + heap.clause()), command);
    }

    /**
     * The heartbeat's worst gap with the CPU work on the loop (blocked) and handed off in the model's
     * idiom (fixed), each ranked: a gap under one period from the least is a tie.
     */
    private static WorkRow cpuBound(CpuBoundResults results) {
        double period = results.plan().periodMs();
        String withinAPeriod = "one run each: within one " + CpuBoundResults.planMillis(period) + " ms period";
        List<WorkMeasure> gaps = Stream.of(CpuBoundVariant.BLOCKED, CpuBoundVariant.FIXED).map(variant -> {
            Function<List<CpuBoundRun>, Function<String, Optional<Figure>>> figureIn = runs -> model -> runs.stream()
                    .filter(run -> run.model().equals(model) && run.variant() == variant).findFirst()
                    .map(run -> Figure.once(model, run.worstGapMs(), CpuBoundResults.millis(run.worstGapMs()) + " ms"));
            Function<String, Optional<Figure>> java = figureIn.apply(results.report().runs());
            return new WorkMeasure(variant.label(), suiteModels().flatMap(model -> java.apply(model).stream()).toList(),
                    results.asyncio().flatMap(asyncio -> figureIn.apply(asyncio.runs()).apply(ASYNCIO)),
                    (best, other) -> other.value() - best.value() < period, withinAPeriod);
        }).toList();
        return WorkRow.measured(CPU_BOUND, "#" + CpuBoundSection.ANCHOR, gaps, () -> sentence("against its "
                + CpuBoundResults.planMillis(period) + " ms period, the heartbeat's worst gap "
                + String.join("; ", gaps.stream().map(WorkMeasure::clause).toList())), MEASURE_CPU_BOUND);
    }

    /**
     * The open-loop load: the highest rate each model sustained, more GETs a second first and, at the
     * same rate, the lower p99; the asyncio baseline's beside when the Java sweep's plan can judge it.
     */
    private static WorkRow load(LoadResults results) {
        Map<String, SustainedRate> sustained = new HashMap<>();
        suiteModels().forEach(model -> results.sustained(model).ifPresent(rate -> sustained.put(model, rate)));
        Function<SustainedRate, Figure> figure = rate -> Figure.once(rate.model(), rate.rate(), rate.text());
        String bound = results.p99BoundMs().map(ms -> " (no error, at least " + Numbers.percent(LoadPlan.SUSTAINED_SHARE)
                + " answered, p99 ≤ " + LoadResults.millis(ms) + " ms)").orElse("");
        WorkMeasure most = new WorkMeasure("most GETs/s sustained" + bound,
                suiteModels().filter(sustained::containsKey).map(model -> figure.apply(sustained.get(model))).toList(),
                results.sustained(ASYNCIO).map(figure),
                Comparator.comparing(each -> sustained.get(each.model()), SustainedRate.BETTER_FIRST),
                (best, other) -> sustained.get(best.model()).tiedWith(sustained.get(other.model())),
                "one run each: the same rate with p99 within " + SustainedRate.tieShare());
        return WorkRow.measured(LOAD, "#" + LoadSection.ANCHOR, List.of(most), () -> {
            // What stopped the model in last place (when all tie, the last of them): why the ranking stands where it does.
            String trailing = most.trailing().model();
            int rate = sustained.get(trailing).rate();
            String why = results.stoppedAt(trailing).map(stop -> "; " + Models.label(trailing) + " " + stop)
                    .orElse(rate == results.rates().getLast() ? "; " + FanOutResults.count(rate) + "/s was the most offered"
                            : "; " + Models.label(trailing) + " ran no rate above it");
            return sentence(most.clause() + why);
        }, LoadResults.HOW_TO_RUN);
    }

    /**
     * Per failing scenario, each model's trace with no aid, placed by what it names (the scenario's
     * method, the caller's), then by fewer lines.
     */
    private static WorkRow debugging(StackTraceResults traces) {
        List<WorkMeasure> measures = traces.scenarios().stream().map(scenario -> {
            Function<Figure, TracedFailure> caught = figure -> traces.unaided(figure.model(), scenario).orElseThrow().caught();
            Comparator<Figure> better = Comparator.comparing(caught, StackTraceResults.BETTER_FIRST);
            List<Figure> figures = suiteModels().flatMap(model -> traces.unaided(model, scenario).stream())
                    .map(run -> Figure.once(run.model(), run.caught().lines(),
                            run.caught().lines() + " lines, " + StackTraceResults.names(run.caught())))
                    .toList();
            return new WorkMeasure(scenario.label(), figures, Optional.empty(), better,
                    (best, other) -> better.compare(best, other) == 0, "the same names in as many lines");
        }).toList();
        return WorkRow.measured(DEBUGGING, "#" + LivingSection.ANCHOR, measures, () -> sentence("with no aid, "
                + traces.headline() + "; placed by what the trace names, then by fewer lines"), StackTraceResults.HOW_TO_RUN);
    }

    /** With N tasks waiting, how many of them each model's thread dump shows, more first. */
    private static WorkRow dumps(ThreadDumpResults dumps) {
        List<Figure> figures = suiteModels()
                .flatMap(model -> dumps.report().runs().stream().filter(run -> run.model().equals(model)))
                .map(run -> Figure.once(run.model(), run.tasksFound(), run.tasksFound() == 0 ? "none of "
                        + FanOutResults.count(run.tasks()) : FanOutResults.count(run.tasksFound()) + " of "
                        + FanOutResults.count(run.tasks()) + (run.scenarioNamed() ? ", frames name the scenario" : "")))
                .toList();
        WorkMeasure found = new WorkMeasure("tasks found", figures, Optional.empty(),
                Comparator.comparingDouble(Figure::value).reversed(), (best, other) -> best.value() == other.value(),
                "as many found");
        return WorkRow.measured(DUMPS, "#" + LivingSection.ANCHOR, List.of(found), () -> sentence(dumps.headline()),
                ThreadDumpResults.HOW_TO_RUN);
    }

    /** Each model's propagation that leaves the fewest log lines without their request's id, fewer first. */
    private static WorkRow context(ContextPropagationResults context) {
        List<Figure> figures = suiteModels().flatMap(model -> context.best(model).stream()).map(best -> {
            List<String> everyLine = context.runs(best.model()).stream().filter(PropagationRun::reachesEveryLine)
                    .map(run -> run.propagation().label()).toList();
            String text = everyLine.isEmpty() ? ContextPropagationResults.missed(best) + ", with " + best.propagation().label()
                    : "every line, with " + FanOutResults.names(everyLine);
            return Figure.once(best.model(), ContextPropagationResults.withoutOwnId(best), text);
        }).toList();
        WorkMeasure lines = new WorkMeasure("lines without their id", figures, Optional.empty(),
                (best, other) -> best.value() == other.value(), "as many lines without their id");
        return WorkRow.measured(CONTEXT, "#" + LivingSection.ANCHOR, List.of(lines), () -> sentence(context.headline()),
                ContextPropagationResults.HOW_TO_RUN);
    }

    /** The suite's models, in its order: the columns. */
    private static Stream<String> suiteModels() {
        return Arrays.stream(Model.values()).map(Model::key);
    }

    /** {@code scenario}'s rows of the suite's models, variants and asyncio aside. */
    private static Stream<Row> suiteRows(Scenario scenario) {
        return scenario.rows().stream().filter(row -> suiteModels().anyMatch(row.model()::equals));
    }

    private static Optional<Row> asyncioRow(Scenario scenario) {
        return scenario.rows().stream().filter(row -> row.model().equals(ASYNCIO)).findFirst();
    }

    /** {@code clauses} as one sentence: a capital first, a full stop last. */
    private static String sentence(String clauses) {
        return Character.toUpperCase(clauses.charAt(0)) + clauses.substring(1) + ".";
    }

    /** Whether some row has a figure of the asyncio baseline: then it has a column. */
    boolean asyncio() {
        return rows.stream().anyMatch(WorkRow::hasAsyncio);
    }

    /** The column headings: the kind of work, each suite model, asyncio when it has figures, why. */
    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Kind of work"));
        suiteModels().map(Models::label).forEach(headers::add);
        if (asyncio()) {
            headers.add("asyncio (baseline, not ranked)");
        }
        headers.add("Why, from this run's data");
        return List.copyOf(headers);
    }

    /** How to read the table: what a cell says, what its mark says, and where asyncio is. */
    List<String> notes() {
        List<String> notes = new ArrayList<>(List.of(
                "Each cell is the model's figure and, in brackets, its place among the four Java models, lower being better"
                        + " (under open-loop load, more GETs a second sustained, then the lower p99; a stack trace that names"
                        + " more, then in fewer lines; a thread dump that shows more of the waiting tasks); \"tied\" where the"
                        + " data cannot tell them apart: 99.9% intervals that overlap or are missing (as in each scenario's"
                        + " verdict), or for the one-run probes (fan-out, CPU-bound, load) a difference under the tie rule the"
                        + " row's sentence names, and for the traces, dumps and logs equal figures.",
                asyncio() ? "asyncio (the lesson's own Python) stands beside the Java models, never placed among them."
                        : "No asyncio column: no row has an asyncio figure (" + asyncioAbsent + ").",
                "A kind of work this run did not measure says \"" + WorkRow.NOT_MEASURED + "\" and the command that measures it."));
        if (rows.stream().anyMatch(WorkRow::hasFigureWiderThanItself)) {
            notes.add(Figure.WIDER_THAN_ITSELF + " the figure's 99.9% interval is wider than the figure itself: too few operations"
                    + " per iteration, or a noisy machine; read its order of magnitude only.");
        }
        return List.copyOf(notes);
    }

    /** The table as the pages show it: the kind of work linked to its section, a model's cell bold where it leads alone. */
    Table view() {
        List<Table.Row> view = rows.stream().map(row -> {
            List<Table.Cell> cells = new ArrayList<>();
            Table.Cell work = Table.Cell.of(row.work());
            cells.add(row.link().map(work::linkedTo).orElse(work));
            suiteModels().forEach(model -> cells.add(Table.Cell.of(row.cell(model)).styled(row.leads(model) ? "figure lead" : "figure")));
            if (asyncio()) {
                cells.add(Table.Cell.of(row.asyncioCell()).styled("figure"));
            }
            cells.add(Table.Cell.of(row.why()).styled("why"));
            return new Table.Row(cells);
        }).toList();
        return new Table(headers(), view);
    }

    /** The table in plain text for the console: a line per kind of work and model, then each row's sentence. */
    String console() {
        List<List<String>> lines = new ArrayList<>();
        for (WorkRow row : rows) {
            List<List<String>> cells = new ArrayList<>(suiteModels().map(model -> List.of(Models.label(model), row.cell(model))).toList());
            if (asyncio()) {
                cells.add(List.of("asyncio (baseline)", row.asyncioCell()));
            }
            for (int i = 0; i < cells.size(); i++) {
                lines.add(List.of(i == 0 ? row.work() : "", cells.get(i).getFirst(), cells.get(i).getLast()));
            }
        }
        StringBuilder text = new StringBuilder(TextTable.render(List.of("Kind of work", "Model", "Figure (place)"), lines))
                .append("\nWhy\n");
        rows.forEach(row -> text.append(row.work()).append(": ").append(row.why()).append('\n'));
        notes().forEach(note -> text.append(note).append('\n'));
        return text.toString();
    }
}
