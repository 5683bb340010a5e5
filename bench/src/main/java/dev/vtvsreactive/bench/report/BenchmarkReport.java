package dev.vtvsreactive.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report of one JMH run: per scenario (benchmark × non-model parameters) every model's time
 * with its error, the ideal, the overhead, the allocation, flags for numbers not to trust, charts
 * and a verdict; optionally the change against an older run. When the CPU-bound experiment's
 * {@value CpuBoundResults#FILE} sits beside the results, a section on it too.
 *
 * <pre>{@code
 * BenchmarkReport report = BenchmarkReport.read(Path.of("target/jmh/results.json"));
 * System.out.println(report.summary());
 * Path page = report.write(Path.of("target/report"), Optional.empty());
 * }</pre>
 */
public final class BenchmarkReport {

    private final Path source;
    private final byte[] json;
    private final List<JmhRecord> records;
    private final List<Scenario> scenarios;
    private final Optional<CpuBoundFile> cpuBound;

    /** The CPU-bound experiment's JSON as read, and what it holds. */
    private record CpuBoundFile(Path source, byte[] json, CpuBoundResults results) {
    }

    private BenchmarkReport(Path source, byte[] json, List<JmhRecord> records, List<Scenario> scenarios,
                            Optional<CpuBoundFile> cpuBound) {
        this.source = source;
        this.json = json;
        this.records = records;
        this.scenarios = scenarios;
        this.cpuBound = cpuBound;
    }

    /**
     * Reads the file JMH wrote with {@code -rf json}, and the CPU-bound experiment's
     * {@value CpuBoundResults#FILE} beside it when there is one.
     *
     * @throws IllegalArgumentException naming the file and what is wrong when it is not JMH JSON, or
     *                                  when the file beside it is not the experiment's JSON
     * @throws IOException when a file cannot be read
     */
    public static BenchmarkReport read(Path jmhJson) throws IOException {
        byte[] json = Files.readAllBytes(jmhJson);
        List<JmhRecord> records = JmhJson.parse(jmhJson, json);
        List<Scenario> scenarios;
        try {
            scenarios = Scenario.of(records);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(jmhJson + ": " + e.getMessage(), e);
        }
        Path cpuBoundJson = jmhJson.resolveSibling(CpuBoundResults.FILE);
        Optional<CpuBoundFile> cpuBound = Optional.empty();
        if (Files.isRegularFile(cpuBoundJson)) {
            byte[] cpuJson = Files.readAllBytes(cpuBoundJson);
            cpuBound = Optional.of(new CpuBoundFile(cpuBoundJson, cpuJson, CpuBoundResults.parse(cpuBoundJson, cpuJson)));
        }
        return new BenchmarkReport(jmhJson, json, records, scenarios, cpuBound);
    }

    /**
     * Writes the report into {@code outDir} (created if missing): {@code index.html} (one
     * self-contained page), {@code report.md}, {@code results.json} (a copy of the input unless it is
     * already there), {@code environment.json} and {@code charts/<scenario>.svg} and {@code .png}
     * with {@code charts/<scenario>-overhead.*} beside them; with the CPU-bound experiment, a copy of
     * its {@value CpuBoundResults#FILE} and {@code charts/cpu-bound-*}; without it, an earlier
     * report's copy there is deleted. Every row is compared with {@code baseline} when present.
     *
     * <p>The machine facts are captured now, unless an {@code environment.json} saved for these very
     * results sits beside the input: then the report is being rendered again from a saved run, and
     * the saved facts are reused.
     *
     * @return the path of {@code index.html}
     */
    public Path write(Path outDir, Optional<BenchmarkReport> baseline) throws IOException {
        Path charts = Files.createDirectories(outDir.resolve(Charts.DIRECTORY));
        copy(json, source, outDir.resolve(Rendering.RESULTS));
        Optional<Machine> saved = Machine.savedFor(source, json);
        Machine machine = saved.orElseGet(() -> Machine.capture(json));
        machine.writeInto(outDir);

        Map<String, Charts.ScenarioCharts> chartFiles = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            chartFiles.put(scenario.slug(), Charts.write(scenario, charts));
        }
        Optional<CpuBoundSection> cpuBoundSection = Optional.empty();
        if (cpuBound.isPresent()) {
            CpuBoundFile file = cpuBound.get();
            copy(file.json(), file.source(), outDir.resolve(CpuBoundResults.FILE));
            cpuBoundSection = Optional.of(new CpuBoundSection(file.results(), CpuBoundCharts.write(file.results(), charts)));
        } else {
            // An earlier report's copy: beside these results, rendering them again would take it for theirs.
            Files.deleteIfExists(outDir.resolve(CpuBoundResults.FILE));
        }
        List<Charts.ChartFiles> written = Stream.concat(
                chartFiles.values().stream().flatMap(Charts.ScenarioCharts::all),
                cpuBoundSection.stream().flatMap(section -> Stream.of(section.charts().gaps(), section.charts().timeline())))
                .toList();
        deleteStaleCharts(charts, written);

        Rendering rendering = new Rendering(
                scenarios, new Environment(machine, saved.isPresent(), records, cpuBound.map(CpuBoundFile::results)),
                baseline.map(older -> new Baseline(older.scenarios)), baseline.map(older -> older.source.toString()),
                chartFiles, cpuBoundSection);
        Files.writeString(outDir.resolve(Rendering.MARKDOWN), MarkdownPage.render(rendering));
        Path page = outDir.resolve(Rendering.HTML);
        Files.writeString(page, HtmlPage.render(rendering));
        return page;
    }

    /**
     * A plain-text table for the console: scenario, model, time ± error, ideal, overhead,
     * allocation and flags, then each scenario's verdict; then the CPU-bound experiment's table,
     * verdicts and answer to the quiz, or that it was not run.
     */
    public String summary() {
        List<String> headers = List.of("Scenario", "Model", "Time (± 99.9% CI)", "Ideal", "Overhead", "Allocation", "Flags");
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String unit = " " + scenario.unit();
            for (Row row : scenario.rows()) {
                rows.add(List.of(
                        scenario.title(), row.label(), ScenarioTable.time(scenario, row) + unit,
                        row.ideal().isPresent() ? ScenarioTable.ideal(scenario, row) + unit : ScenarioTable.NONE,
                        row.overhead().isPresent() ? Numbers.signed(row.overhead().getAsDouble(), scenario.decimals()) + unit : ScenarioTable.NONE,
                        row.allocation().isPresent() ? ScenarioTable.allocation(row) + " B/op" : ScenarioTable.NONE,
                        String.join("; ", row.flags())));
            }
        }
        String verdicts = scenarios.stream()
                .map(scenario -> scenario.title() + ": " + Verdict.of(scenario).text())
                .collect(Collectors.joining("\n", "\nVerdicts\n", "\n"));
        String cpu = "\n" + CpuBoundSection.TITLE + "\n"
                + cpuBound.map(file -> file.results().summary()).orElse(CpuBoundSection.NOT_RUN + "\n");
        return TextTable.render(headers, rows) + verdicts + cpu;
    }

    /** Writes {@code content}, read from {@code source}, to {@code target} unless that is {@code source} itself. */
    private static void copy(byte[] content, Path source, Path target) throws IOException {
        if (!Files.exists(target) || !Files.isSameFile(target, source)) {
            Files.write(target, content);
        }
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
}
