package dev.vtvsreactive.report;

import dev.vtvsreactive.report.view.ReportView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report of one JMH run: per scenario (benchmark × non-model parameters) every model's time
 * with its error, the ideal, the overhead, the allocation, flags for numbers not to trust, charts
 * and a verdict; optionally the change against an older run. When the CPU-bound experiment's
 * {@value CpuBoundResults#FILE}, the fan-out sweep's {@value FanOutResults#FILE} or the open-loop
 * load's {@value LoadResults#FILE} sits beside the results, a section on each too; and a section on
 * living with each model, from the stack-trace, thread-dump and context-propagation probes' files
 * beside the results and the debug aids' and propagations' JMH rows, each part saying how to run it
 * when it is missing.
 *
 * <pre>{@code
 * BenchmarkReport report = BenchmarkReport.read(Path.of("target/jmh/results.json"));
 * System.out.println(report.summary());
 * Path page = report.write(Path.of("target/report"), Optional.empty());
 * }</pre>
 */
public final class BenchmarkReport {

    /** The asyncio baseline's JMH-shaped results beside {@code results.json}, written by {@code asyncio/bench.sh}. */
    static final String ASYNCIO_RESULTS = "asyncio-results.json";
    /** What the asyncio baseline ({@code asyncio/bench.sh}) writes beside {@code results.json}: its rows, environment and experiments. */
    public static final List<String> ASYNCIO_BASELINE_FILES =
            List.of(ASYNCIO_RESULTS, AsyncioEnvironment.FILE, CpuBoundResults.ASYNCIO_FILE, AsyncioFanOut.FILE);

    private final Path source;
    private final byte[] json;
    private final List<JmhRecord> records;
    private final List<Scenario> scenarios;
    private final Optional<CpuBoundResults> cpuBound;
    private final Optional<FanOutResults> fanOut;
    private final Optional<LoadResults> load;
    private final LivingResults living;
    private final Optional<AsyncioEnvironment> asyncio;
    private final FlameGraphs flameGraphs;
    /** The experiments' and the asyncio baseline's files read beside the results, copied into the report's folder. */
    private final List<SiblingFile> siblings;

    private BenchmarkReport(Path source, byte[] json, List<JmhRecord> records, List<Scenario> scenarios,
                            Optional<CpuBoundResults> cpuBound, Optional<FanOutResults> fanOut, Optional<LoadResults> load,
                            LivingResults living, Optional<AsyncioEnvironment> asyncio, FlameGraphs flameGraphs,
                            List<SiblingFile> siblings) {
        this.source = source;
        this.json = json;
        this.records = records;
        this.scenarios = scenarios;
        this.cpuBound = cpuBound;
        this.fanOut = fanOut;
        this.load = load;
        this.living = living;
        this.asyncio = asyncio;
        this.flameGraphs = flameGraphs;
        this.siblings = siblings;
    }

    /**
     * Reads the file JMH wrote with {@code -rf json}, and beside it, when they are there, the
     * CPU-bound experiment's {@value CpuBoundResults#FILE}, the fan-out sweep's
     * {@value FanOutResults#FILE}, the open-loop load's {@value LoadResults#FILE}, and the asyncio
     * baseline's {@value #ASYNCIO_RESULTS} (its rows join the scenarios), {@value AsyncioEnvironment#FILE},
     * {@value CpuBoundResults#ASYNCIO_FILE}, {@value AsyncioFanOut#FILE} and {@value AsyncioLoad#FILE}, and the
     * probes' {@value StackTraceResults#FILE}, {@value ThreadDumpResults#FILE} and {@value ContextPropagationResults#FILE}.
     * The rows of {@link VariantCosts#BENCHMARKS} are read as costs, never as scenarios.
     *
     * @throws IllegalArgumentException naming the file and what is wrong when it is not JMH JSON, or
     *                                  when a file beside it is not the JSON its name says, or when the
     *                                  asyncio results and results.json hold one row with two scores
     * @throws IOException when a file cannot be read
     */
    public static BenchmarkReport read(Path jmhJson) throws IOException {
        byte[] json = Files.readAllBytes(jmhJson);
        List<JmhRecord> records = JmhJson.parse(jmhJson, json);
        Optional<SiblingFile> asyncioResults = SiblingFile.beside(jmhJson, ASYNCIO_RESULTS);
        if (asyncioResults.isPresent()) {
            records = withAsyncio(jmhJson, records, asyncioResults.get());
        }
        List<Scenario> scenarios;
        Optional<VariantCosts> aidCosts;
        Optional<VariantCosts> propagationCosts;
        try {
            scenarios = Scenario.of(records.stream().filter(record -> !VariantCosts.isCost(record)).toList());
            aidCosts = VariantCosts.of(VariantCosts.DEBUG_AIDS, records);
            propagationCosts = VariantCosts.of(VariantCosts.CONTEXT_PROPAGATION, records);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(jmhJson + ": " + e.getMessage(), e);
        }
        Optional<SiblingFile> cpuBoundFile = SiblingFile.beside(jmhJson, CpuBoundResults.FILE);
        Optional<SiblingFile> asyncioCpuBoundFile = SiblingFile.beside(jmhJson, CpuBoundResults.ASYNCIO_FILE);
        Optional<CpuBoundResults> cpuBound = cpuBoundFile.map(file -> CpuBoundResults.parse(file.source(), file.content()));
        Optional<CpuBoundResults> asyncioCpuBound = asyncioCpuBoundFile.map(file -> CpuBoundResults.parse(file.source(), file.content()));
        if (asyncioCpuBound.isPresent()) {
            cpuBound = cpuBound.map(results -> results.withAsyncio(asyncioCpuBound.get()));
        }
        Optional<SiblingFile> asyncioEnvironmentFile = SiblingFile.beside(jmhJson, AsyncioEnvironment.FILE);
        Optional<AsyncioEnvironment> asyncioEnvironment = asyncioEnvironmentFile
                .map(file -> AsyncioEnvironment.parse(file.source(), file.content()));
        Optional<SiblingFile> fanOutFile = SiblingFile.beside(jmhJson, FanOutResults.FILE);
        Optional<SiblingFile> asyncioFanOutFile = SiblingFile.beside(jmhJson, AsyncioFanOut.FILE);
        Optional<FanOutResults> fanOut = withAsyncioBeside(fanOutFile, FanOutResults::parse, asyncioFanOutFile,
                AsyncioFanOut::parse, FanOutResults::withAsyncio, asyncio -> new FanOutResults(Optional.empty(), Optional.of(asyncio)));
        Optional<SiblingFile> loadFile = SiblingFile.beside(jmhJson, LoadResults.FILE);
        Optional<SiblingFile> asyncioLoadFile = SiblingFile.beside(jmhJson, AsyncioLoad.FILE);
        Optional<LoadResults> load = withAsyncioBeside(loadFile, LoadResults::parse, asyncioLoadFile,
                AsyncioLoad::parse, LoadResults::withAsyncio, asyncio -> new LoadResults(Optional.empty(), Optional.of(asyncio)));
        Optional<SiblingFile> tracesFile = SiblingFile.beside(jmhJson, StackTraceResults.FILE);
        Optional<SiblingFile> dumpsFile = SiblingFile.beside(jmhJson, ThreadDumpResults.FILE);
        Optional<SiblingFile> contextFile = SiblingFile.beside(jmhJson, ContextPropagationResults.FILE);
        LivingResults living = new LivingResults(
                tracesFile.map(file -> StackTraceResults.parse(file.source(), file.content())),
                dumpsFile.map(file -> ThreadDumpResults.parse(file.source(), file.content())),
                contextFile.map(file -> ContextPropagationResults.parse(file.source(), file.content())),
                aidCosts, propagationCosts);
        List<SiblingFile> siblings = Stream.of(asyncioResults, asyncioEnvironmentFile, cpuBoundFile, asyncioCpuBoundFile,
                        fanOutFile, asyncioFanOutFile, loadFile, asyncioLoadFile, tracesFile, dumpsFile, contextFile)
                .flatMap(Optional::stream)
                .toList();
        return new BenchmarkReport(jmhJson, json, records, scenarios, cpuBound, fanOut, load, living, asyncioEnvironment,
                FlameGraphs.beside(jmhJson), siblings);
    }

    /**
     * {@code records} and, after them, the asyncio baseline's from {@code baseline}; a row that
     * {@code results} already holds with the same score (bench.py's {@code --combined-out} wrote
     * both) is kept once.
     *
     * @throws IllegalArgumentException when {@code baseline} holds a record bench.py did not write, or
     *                                  a row both files hold with different scores
     */
    private static List<JmhRecord> withAsyncio(Path results, List<JmhRecord> records, SiblingFile baseline) {
        List<JmhRecord> merged = new ArrayList<>(records);
        List<JmhRecord> asyncio = JmhJson.parse(baseline.source(), baseline.content());
        for (JmhRecord record : asyncio) {
            String row = Models.label(record.model()) + " in " + record.benchmark() + " " + record.scenarioParams();
            if (!record.asyncio()) {
                throw new IllegalArgumentException(baseline.source() + " holds " + row + ", which " + JmhRecord.ASYNCIO_BENCH
                        + " did not write (its jmhVersion is '" + record.settings().jmhVersion() + "')");
            }
            Optional<JmhRecord> already = records.stream().filter(record::sameRow).findFirst();
            if (already.isEmpty()) {
                merged.add(record);
            } else if (!already.get().primary().equals(record.primary())) {
                throw new IllegalArgumentException(results + " and " + baseline.source() + " both hold " + row
                        + " with different scores (" + already.get().primary().score() + " and " + record.primary().score()
                        + "): render the report from one run, without the other file's asyncio rows");
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Writes the report into {@code outDir} (created if missing): {@code index.html} (one
     * self-contained page), {@code report.md}, {@code results.json} (a copy of the input unless it is
     * already there), {@code environment.json} and {@code charts/<scenario>.svg} and {@code .png}
     * with {@code charts/<scenario>-overhead.*} beside them; with the CPU-bound experiment, a copy of
     * its {@value CpuBoundResults#FILE} and {@code charts/cpu-bound-*}; with the fan-out sweep, a copy
     * of its {@value FanOutResults#FILE} (and {@value AsyncioFanOut#FILE}) and {@code charts/fan-out-*};
     * with the open-loop load, a copy of its {@value LoadResults#FILE} (and {@value AsyncioLoad#FILE})
     * and {@code charts/load-*}; with the stack-trace probe, a copy of its {@value StackTraceResults#FILE} and
     * {@code charts/}{@value TraceCharts#LINES}{@code .*}; copies of the thread-dump and context-propagation
     * probes' files and of the asyncio baseline's.
     * An earlier report's copy of a file these results lack is deleted. Every row is compared with
     * {@code baseline} when present.
     *
     * <p>The machine facts are captured now, unless an {@code environment.json} saved for these very
     * results sits beside the input: then the report is being rendered again from a saved run, and
     * the saved facts are reused.
     *
     * @return the path of {@code index.html}
     */
    public Path write(Path outDir, Optional<BenchmarkReport> baseline) throws IOException {
        Path charts = Files.createDirectories(outDir.resolve(Charts.DIRECTORY));
        SiblingFile.copy(json, source, outDir.resolve(Rendering.RESULTS));
        Optional<Machine> saved = Machine.savedFor(source, json);
        Machine machine = saved.orElseGet(() -> Machine.capture(json));
        machine.writeInto(outDir);

        Map<String, Charts.ScenarioCharts> chartFiles = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            chartFiles.put(scenario.slug(), Charts.write(scenario, charts));
        }
        for (SiblingFile sibling : siblings) {
            sibling.copyInto(outDir);
        }
        for (String name : Stream.concat(Stream.of(ASYNCIO_RESULTS, AsyncioEnvironment.FILE, CpuBoundResults.FILE,
                CpuBoundResults.ASYNCIO_FILE, FanOutResults.FILE, AsyncioFanOut.FILE, LoadResults.FILE, AsyncioLoad.FILE),
                LivingResults.FILES.stream()).toList()) {
            if (siblings.stream().noneMatch(sibling -> sibling.name().equals(name))) {
                SiblingFile.deleteStale(outDir, name);
            }
        }
        Optional<PerTask> perTask = PerTask.of(scenarios);
        Optional<PerTaskSection> perTaskSection = Optional.empty();
        if (perTask.isPresent()) {
            perTaskSection = Optional.of(new PerTaskSection(perTask.get(), PerTaskCharts.write(perTask.get(), charts)));
        }
        Optional<CpuBoundSection> cpuBoundSection = Optional.empty();
        if (cpuBound.isPresent()) {
            cpuBoundSection = Optional.of(new CpuBoundSection(cpuBound.get(), CpuBoundCharts.write(cpuBound.get(), charts)));
        }
        Optional<FanOutSection> fanOutSection = Optional.empty();
        if (fanOut.isPresent()) {
            fanOutSection = Optional.of(new FanOutSection(fanOut.get(), FanOutCharts.write(fanOut.get(), charts)));
        }
        Optional<LoadSection> loadSection = Optional.empty();
        if (load.isPresent()) {
            loadSection = Optional.of(new LoadSection(load.get(), LoadCharts.write(load.get(), charts)));
        }
        Optional<Charts.ChartFiles> traceLines = Optional.empty();
        if (living.traces().isPresent()) {
            traceLines = Optional.of(TraceCharts.write(living.traces().get(), charts));
        }
        LivingSection livingSection = new LivingSection(living, traceLines);
        List<Charts.ChartFiles> written = Stream.of(
                        chartFiles.values().stream().flatMap(Charts.ScenarioCharts::all),
                        perTaskSection.stream().flatMap(section -> section.charts().values().stream()),
                        cpuBoundSection.stream().flatMap(section -> Stream.of(section.charts().gaps(), section.charts().timeline())),
                        fanOutSection.stream().flatMap(section -> Stream.of(section.charts().overhead(), section.charts().memory())),
                        loadSection.stream().flatMap(section -> section.charts().all()),
                        traceLines.stream())
                .flatMap(files -> files)
                .toList();
        deleteStaleCharts(charts, written);

        Rendering rendering = new Rendering(
                whichModel(Links.inRepository(outDir, WhichModel.FAILURE_SEMANTICS)), scenarios, new Environment(machine, saved.isPresent(), records, cpuBound, asyncio),
                baseline.map(older -> new Baseline(older.scenarios)), baseline.map(older -> older.source.toString()),
                chartFiles, perTaskSection, cpuBoundSection, fanOutSection, loadSection, livingSection, flameGraphs, outDir);
        ReportView view = rendering.view();
        Files.writeString(outDir.resolve(Rendering.MARKDOWN), Pages.markdown(view));
        Path page = outDir.resolve(Rendering.HTML);
        Files.writeString(page, Pages.html(view));
        return page;
    }

    /**
     * Which model for which work; then a plain-text table for the console: scenario, model, time ± error, ideal, overhead, CPU time
     * (when measured), allocation and flags, then each scenario's verdict; then the machinery per
     * task's table and findings, or that the no-wait gathers were not run; then the CPU-bound experiment's table,
     * verdicts and answer to the quiz, the fan-out sweep's table, verdicts and targets, and the
     * open-loop load's plan, table and verdicts, or that they were not run; living with each model's
     * findings, or how to measure each part; the flame graphs beside
     * the results, or how to make them; last, whether the asyncio baseline ran, or why not.
     */
    public String summary() {
        boolean cpuTime = scenarios.stream().anyMatch(Scenario::hasCpuTime);
        List<String> headers = new ArrayList<>(List.of("Scenario", "Model", "Time (± 99.9% CI)", "Ideal", "Overhead"));
        if (cpuTime) {
            headers.add("CPU time");
        }
        headers.addAll(List.of("Allocation", "Flags"));
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String unit = " " + scenario.unit();
            for (Row row : scenario.rows()) {
                List<String> cells = new ArrayList<>(List.of(
                        scenario.title(), row.label(), ScenarioTable.time(scenario, row) + unit,
                        row.ideal().isPresent() ? ScenarioTable.ideal(scenario, row) + unit : ScenarioTable.NONE,
                        row.overhead().isPresent() ? Numbers.signed(row.overhead().getAsDouble(), scenario.decimals()) + unit : ScenarioTable.NONE));
                if (cpuTime) {
                    cells.add(row.cpuTime().isPresent() ? ScenarioTable.cpuTime(scenario, row) + " " + scenario.cpuUnit() : ScenarioTable.NONE);
                }
                cells.addAll(List.of(
                        ScenarioTable.allocation(row) + (row.measurableAllocation().isPresent() ? " B/op" : ""),
                        String.join("; ", row.flags())));
                rows.add(cells);
            }
        }
        String verdicts = scenarios.stream()
                .map(scenario -> scenario.title() + ": " + Verdict.of(scenario).text())
                .collect(Collectors.joining("\n", "\nVerdicts\n", "\n"));
        String machinery = "\n" + PerTaskSection.TITLE + "\n"
                + PerTask.of(scenarios).map(PerTask::summary).orElse(PerTaskSection.NOT_RUN + "\n");
        String cpu = "\n" + CpuBoundSection.TITLE + "\n"
                + cpuBound.map(CpuBoundResults::summary).orElse(CpuBoundSection.NOT_RUN + "\n");
        String fan = "\n" + FanOutSection.TITLE + "\n" + fanOut.map(FanOutResults::console).orElse(FanOutSection.NOT_RUN + "\n");
        String underLoad = "\n" + LoadSection.TITLE + "\n" + load.map(LoadResults::console).orElse(LoadSection.NOT_RUN + "\n");
        String whenItGoesWrong = "\n" + LivingSection.TITLE + "\n" + new LivingSection(living, Optional.empty()).console();
        String flames = "\n" + FlameGraphs.TITLE + "\n" + flameGraphs.console();
        return "Which model for which work\n" + whichModel(Optional.empty()).console() + "\n"
                + TextTable.render(headers, rows) + verdicts + machinery + cpu + fan + underLoad + whenItGoesWrong + flames + "\n" + AsyncioEnvironment.line(asyncio) + "\n";
    }

    /** Which model for which work in this run, {@code failureSemantics} the link to that document when there is one. */
    private WhichModel whichModel(Optional<String> failureSemantics) {
        return WhichModel.of(scenarios, cpuBound, fanOut, load, living, failureSemantics, AsyncioEnvironment.line(asyncio));
    }

    /** Chart files of scenarios that an earlier report into the same directory had and this one has not. */
    private static void deleteStaleCharts(Path charts, List<Charts.ChartFiles> written) throws IOException {
        List<Path> keep = written.stream().flatMap(files -> Stream.of(files.svg(), files.png())).toList();
        try (Stream<Path> files = Files.list(charts)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".svg") || file.toString().endsWith(".png")).toList()) {
                if (!keep.contains(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * An experiment's results read from {@code javaFile}, with the asyncio runs of {@code asyncioFile}
     * beside them; the asyncio runs alone where only they were saved.
     */
    private static <R, A> Optional<R> withAsyncioBeside(Optional<SiblingFile> javaFile, BiFunction<Path, byte[], R> java,
                                                        Optional<SiblingFile> asyncioFile, BiFunction<Path, byte[], A> asyncio,
                                                        BiFunction<R, A, R> with, Function<A, R> asyncioOnly) {
        Optional<R> results = javaFile.map(file -> java.apply(file.source(), file.content()));
        Optional<A> asyncioRuns = asyncioFile.map(file -> asyncio.apply(file.source(), file.content()));
        if (asyncioRuns.isEmpty()) {
            return results;
        }
        return Optional.of(results.map(found -> with.apply(found, asyncioRuns.get())).orElseGet(() -> asyncioOnly.apply(asyncioRuns.get())));
    }
}
