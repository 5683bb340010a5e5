package dev.vtvsreactive.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report of one JMH run: per scenario (benchmark × non-model parameters) every model's time
 * with its error, the ideal, the overhead, the allocation, flags for numbers not to trust, a chart
 * and a verdict; optionally the change against an older run.
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

    private BenchmarkReport(Path source, byte[] json, List<JmhRecord> records, List<Scenario> scenarios) {
        this.source = source;
        this.json = json;
        this.records = records;
        this.scenarios = scenarios;
    }

    /**
     * Reads the file JMH wrote with {@code -rf json}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong when it is not JMH JSON
     * @throws IOException when the file cannot be read
     */
    public static BenchmarkReport read(Path jmhJson) throws IOException {
        byte[] json = Files.readAllBytes(jmhJson);
        List<JmhRecord> records = JmhJson.parse(jmhJson, json);
        try {
            return new BenchmarkReport(jmhJson, json, records, Scenario.of(records));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(jmhJson + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the report into {@code outDir} (created if missing): {@code index.html} (one
     * self-contained page), {@code report.md}, {@code results.json} (a copy of the input unless it is
     * already there), {@code environment.json} and {@code charts/<scenario>.svg} and {@code .png};
     * every row is compared with {@code baseline} when present.
     *
     * <p>The machine facts are captured now, unless an {@code environment.json} saved for these very
     * results sits beside the input: then the report is being rendered again from a saved run, and
     * the saved facts are reused.
     *
     * @return the path of {@code index.html}
     */
    public Path write(Path outDir, Optional<BenchmarkReport> baseline) throws IOException {
        Path charts = Files.createDirectories(outDir.resolve(Charts.DIRECTORY));
        Path results = outDir.resolve(Rendering.RESULTS);
        if (!Files.exists(results) || !Files.isSameFile(results, source)) {
            Files.write(results, json);
        }
        Optional<Machine> saved = Machine.savedFor(source, json);
        Machine machine = saved.orElseGet(() -> Machine.capture(json));
        machine.writeInto(outDir);

        Map<String, Charts.ChartFiles> chartFiles = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            chartFiles.put(scenario.slug(), Charts.write(scenario, charts));
        }
        deleteStaleCharts(charts, chartFiles.values());

        Rendering rendering = new Rendering(
                scenarios, new Environment(machine, saved.isPresent(), records),
                baseline.map(older -> new Baseline(older.scenarios)), baseline.map(older -> older.source.toString()),
                chartFiles);
        Files.writeString(outDir.resolve(Rendering.MARKDOWN), MarkdownPage.render(rendering));
        Path page = outDir.resolve(Rendering.HTML);
        Files.writeString(page, HtmlPage.render(rendering));
        return page;
    }

    /**
     * A plain-text table for the console: scenario, model, time ± error, ideal, overhead,
     * allocation and flags, then each scenario's verdict.
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
        return TextTable.render(headers, rows) + verdicts;
    }

    /** Chart files of scenarios that an earlier report into the same directory had and this one has not. */
    private static void deleteStaleCharts(Path charts, Collection<Charts.ChartFiles> written) throws IOException {
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
