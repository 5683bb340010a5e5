package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.greet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.bench.Ideal;
import dev.vtvsreactive.report.Ranking.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which model for which work: the table at the top of every output, from the fixtures. */
class WhichModelTest {

    private static final List<String> JAVA = List.of("virtual-threads", "reactor", "rxjava", "completable-future");

    @TempDir
    Path dir;

    @Test
    void ranksAsTheVerdictTellsAWinnerSharingAPlaceWhereTheDataCannotTellModelsApart() {
        record Score(String name, Metric metric) {
        }
        List<Score> scores = List.of(new Score("a", new Metric(1.0, 0.1, "ms/op")), new Score("b", new Metric(1.15, 0.1, "ms/op")),
                new Score("c", new Metric(1.5, 0.1, "ms/op")), new Score("d", new Metric(1.4, Double.NaN, "ms/op")));

        List<Place> places = List.copyOf(Ranking.of(scores, Comparator.comparingDouble(score -> score.metric().score()),
                (best, other) -> Verdict.indistinguishable(best.metric(), other.metric())).values());

        assertThat(places).extracting(Place::text).as("d has no interval: tied with the best")
                .containsExactly("tied 1st", "tied 1st", "4th", "tied 1st");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 103)).extracting(Ranking::ordinal)
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd");
    }

    @Test
    void placesEachModelsFigureAndSaysWhyFromTheFiguresAlone() throws IOException {
        WhichModel table = whichModel(Fixtures.RESULTS);

        WorkRow fetchData = row(table, "The lesson's waits: fetch_data");
        assertThat(JAVA.stream().map(fetchData::cell)).containsExactly("+0.100 ± 0.020 ms (1st)", "+0.600 ± 0.050 ms (4th)",
                "+0.400 ± 0.040 ms (3rd)", "+0.200 ± 0.030 ms (2nd)");
        assertThat(fetchData.leads("virtual-threads")).isTrue();
        assertThat(fetchData.why()).isEqualTo("Overhead: virtual-threads leads with +0.100 ± 0.020 ms; reactor trails with"
                + " +0.600 ± 0.050 ms (×6.000 the least); on the 20.000 ms ideal the overheads are +0.50% to +3.00% of it.");
        WorkRow gather = row(table, "The lesson's waits: gather");
        assertThat(JAVA.stream().map(gather::cell)).as("rxjava's interval reaches the others'; completable-future is clear of it")
                .containsExactly("+0.200 ± 0.100 ms (tied 1st)", "+0.250 ± 0.100 ms (tied 1st)", "+1.000 ± 4.000 ms† (tied 1st)",
                        "+0.900 ± 0.080 ms (4th)");
        assertThat(gather.why()).startsWith("Overhead: virtual-threads, reactor and rxjava lead, tied (99.9% intervals overlap),"
                + " from +0.200 ± 0.100 ms; completable-future trails with +0.900 ± 0.080 ms");
        WorkRow http = row(table, "HTTP");
        assertThat(http.work()).isEqualTo("HTTP: 1,000 GETs, 100 in flight (latency 10 ms)");
        assertThat(http.why()).startsWith("Overhead: all 4 models tied (no 99.9% intervals: fewer than 3 iterations)");
        assertThat(table.notes()).anyMatch(note -> note.startsWith("† the figure's 99.9% interval is wider than the figure itself"));
    }

    @Test
    void tiesEveryModelOfARealNoisyRunAndPerTaskTheMachinery() throws IOException {
        WhichModel table = whichModel(Fixtures.NO_WAIT);

        WorkRow machinery = row(table, "Machinery per task");
        assertThat(machinery.cell("completable-future")).isEqualTo("CPU time 2.27 ± 1.38 us/task (tied 1st); time 1.94 ± 1.05 us/task (tied 1st)");
        assertThat(machinery.cell("reactor")).isEqualTo("CPU time 12.9 ± 15.8 us/task† (tied 1st); time 17.8 ± 24.8 us/task† (tied 1st)");
        assertThat(machinery.why()).isEqualTo("Per task, with nothing to wait for, CPU time: all 4 models tied (99.9% intervals"
                + " overlap), from 2.27 ± 1.38 us/task (completable-future) to 17.1 ± 31.3 us/task† (virtual-threads); time: all 4"
                + " models tied (99.9% intervals overlap), from 1.94 ± 1.05 us/task (completable-future) to 31.2 ± 56.9 us/task†"
                + " (virtual-threads).");
        assertThat(JAVA.stream().map(row(table, "The lesson's waits: gather")::cell)).allMatch(cell -> cell.endsWith("(tied 1st)"));
    }

    @Test
    void saysWhichKindsOfWorkThisRunDidNotMeasureAndTheCommandThatDoes() throws IOException {
        WhichModel table = whichModel(Fixtures.NO_WAIT);

        assertThat(table.rows()).extracting(WorkRow::work).containsExactly("The lesson's waits: greet", "The lesson's waits: fetch_data",
                "The lesson's waits: gather A/B/C (scale 0.01)", "Machinery per task: gather of 10,000, no wait",
                "100,000 concurrent waits (fan-out): overhead, heap per waiting task",
                "1,000,000 concurrent waits (fan-out): overhead, heap per waiting task",
                "CPU-bound work beside a heartbeat: its worst gap, blocked and fixed", "HTTP: 1,000 GETs, 100 in flight",
                "HTTP under open-loop load: the most GETs/s sustained, and p99 there",
                "Failure semantics: what a failed task does to the others",
                "Debugging a failure: what the default stack trace names, in how many lines",
                "Waiting tasks in a thread dump: how many a person can find",
                "Request context in logs: the request id on every log line");
        assertThat(row(table, "The lesson's waits: greet").why())
                .isEqualTo("Not measured in this run: ./mvnw verify -Dbench.include=bench.GreetBenchmark.greet -Dbench.exclude=^$");
        assertThat(row(table, "The lesson's waits: greet").cell("reactor")).isEqualTo(WorkRow.NOT_MEASURED);
        assertThat(row(table, "1,000,000").why()).isEqualTo("Not measured in this run: " + FanOutResults.HOW_TO_RUN_1M);
        assertThat(row(table, "100,000").why()).contains("./compare fanout --n 100000");
        assertThat(row(table, "CPU-bound").why()).contains("./compare cpu-bound --save <report folder>/cpu-bound.json");
        assertThat(row(table, "HTTP").why()).isEqualTo("Not measured in this run: ./mvnw verify"
                + " -Dbench.include=bench.HttpThroughputBenchmark.throughput -Dbench.exclude=^$");
        assertThat(row(table, "HTTP under open-loop load").why())
                .isEqualTo("Not measured in this run: ./compare load --save target/report/load.json (or ./mvnw verify)");
        assertThat(row(table, "HTTP under open-loop load").cell("reactor")).isEqualTo(WorkRow.NOT_MEASURED);
        WorkRow failures = row(table, "Failure semantics");
        assertThat(failures.cell("rxjava")).isEqualTo(ScenarioTable.NONE);
        assertThat(failures.why()).contains(WhichModel.FAILURE_SEMANTICS);
    }

    @Test
    void withoutTheThousandGetsTheHttpRowIsTheLessonsTwoGets() {
        List<Scenario> twoGets = List.of(Fixtures.scenario(
                Fixtures.record(Ideal.HTTP, Map.of("latencyMs", "10"), "virtual-threads", 14.5, 0.2),
                Fixtures.record(Ideal.HTTP, Map.of("latencyMs", "10"), "reactor", 15.5, 0.2)));

        WhichModel table = WhichModel.of(twoGets, Optional.empty(), Optional.empty(), Optional.empty(), LivingResults.NONE, Optional.empty(), "");

        WorkRow http = row(table, "HTTP");
        assertThat(http.work()).isEqualTo("HTTP: the lesson's two concurrent GETs (latency 10 ms)");
        assertThat(http.cell("virtual-threads")).startsWith("+4.5");
    }

    @Test
    void ranksTheModelsMeasuredAndSaysWhichOneWasNot() {
        Scenario greet = Fixtures.scenario(greet("virtual-threads", 10.5, 0.02), greet("reactor", 10.2, 0.02),
                greet("completable-future", 10.3, 0.02));

        WorkRow row = WhichModel.of(List.of(greet), Optional.empty(), Optional.empty(), Optional.empty(), LivingResults.NONE, Optional.empty(),
                "").rows().getFirst();

        assertThat(JAVA.stream().map(row::cell)).containsExactly("+0.500 ± 0.020 ms (3rd)", "+0.200 ± 0.020 ms (1st)",
                WorkRow.NOT_MEASURED, "+0.300 ± 0.020 ms (2nd)");
        assertThat(row.why()).startsWith("Overhead: reactor leads with +0.200 ± 0.020 ms; virtual-threads trails with"
                + " +0.500 ± 0.020 ms (×2.500 the least)");
    }

    @Test
    void putsAsyncioBesideNeverRankedAndLeavesItsColumnOutWithoutIt() throws IOException {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir, Rendering.RESULTS);
        Fixtures.copy(Fixtures.ASYNCIO_RESULTS, dir, BenchmarkReport.ASYNCIO_RESULTS);
        Fixtures.copy(Fixtures.ASYNCIO_FAN_OUT, dir, AsyncioFanOut.FILE);
        Fixtures.copy(Fixtures.CPU_BOUND, dir, CpuBoundResults.FILE);
        Fixtures.copy(Fixtures.ASYNCIO_CPU_BOUND, dir, CpuBoundResults.ASYNCIO_FILE);
        BenchmarkReport withAsyncio = BenchmarkReport.read(results);

        Path page = withAsyncio.write(dir.resolve("report"), Optional.empty());

        String html = Files.readString(page);
        assertThat(html).contains("<th>asyncio (baseline, not ranked)</th>", "<td class=\"figure\">+0.369 ± 0.024 ms</td>",
                "asyncio (the lesson's own Python) stands beside the Java models");
        String summary = withAsyncio.summary();
        assertThat(summary).containsPattern("\n +asyncio \\(baseline\\) +\\+0\\.369 ± 0\\.024 ms\n")
                .containsPattern("\n +asyncio \\(baseline\\) +blocked 496\\.5 ms; fixed 21\\.2 ms\n")
                .contains("100,000 concurrent waits (fan-out): overhead, heap per waiting task: Not measured for the Java models"
                        + " in this run");
        assertThat(summary.substring(0, summary.indexOf("\nWhy\n"))).doesNotContain("asyncio (CPython");

        WhichModel without = whichModel(Fixtures.RESULTS);
        assertThat(without.headers()).containsExactly("Kind of work", "virtual-threads", "reactor", "rxjava", "completable-future",
                "Why, from this run's data");
        assertThat(without.notes()).contains("No asyncio column: no row has an asyncio figure (asyncio baseline skipped: "
                + AsyncioEnvironment.NO_FILE + ").");
    }

    @Test
    void standsAtTheTopOfThePageTheMarkdownAndTheConsoleLinkingTheFailureDocumentWhenItIsThere() throws IOException {
        Path results = Fixtures.copy(Fixtures.NO_WAIT, Files.createDirectories(dir.resolve("repository/target/jmh")), Rendering.RESULTS);
        Files.writeString(Files.createDirectories(dir.resolve("repository/docs")).resolve("failure-semantics.md"), "# Failures\n");
        BenchmarkReport report = BenchmarkReport.read(results);

        Path page = report.write(dir.resolve("repository/target/report"), Optional.empty());

        String html = Files.readString(page);
        assertThat(html.indexOf("id=\"which-model\"")).isPositive().isLessThan(html.indexOf("id=\"overview\""));
        assertThat(html).contains("<a href=\"../../docs/failure-semantics.md\">Failure semantics: what a failed task does to the"
                + " others</a>", "<a href=\"#per-task\">Machinery per task: gather of 10,000, no wait</a>");
        String markdown = Files.readString(dir.resolve("repository/target/report/report.md"));
        assertThat(markdown.indexOf("## Which model for which work")).isPositive().isLessThan(markdown.indexOf("## At a glance"));
        assertThat(markdown).contains("| [Failure semantics: what a failed task does to the others](../../docs/failure-semantics.md) |",
                "| Kind of work | virtual-threads | reactor | rxjava | completable-future | Why, from this run's data |");
        assertThat(report.summary()).startsWith("Which model for which work\nKind of work");
        assertThat(Links.inRepository(dir.resolve("elsewhere"), WhichModel.FAILURE_SEMANTICS)).isEmpty();
    }

    @Test
    void ranksTheOpenLoopLoadByTheMostGetsSustainedThenTheLowerP99WithAsyncioBeside() throws IOException {
        Path load = Fixtures.copy(Fixtures.LOAD, dir, LoadResults.FILE);
        Path asyncio = Fixtures.copy(Fixtures.ASYNCIO_LOAD, dir, AsyncioLoad.FILE);
        LoadResults results = LoadResults.parse(load, Files.readAllBytes(load))
                .withAsyncio(AsyncioLoad.parse(asyncio, Files.readAllBytes(asyncio)));

        WorkRow row = loadRow(results);

        assertThat(JAVA.stream().map(row::cell)).containsExactly("2,000/s, p99 13.5 ms (tied 1st)", "2,000/s, p99 12.9 ms (tied 1st)",
                "1,000/s, p99 11.6 ms (4th)", "2,000/s, p99 19.1 ms (3rd)");
        assertThat(row.asyncioCell()).isEqualTo("1,000/s, p99 16.0 ms");
        assertThat(row.leads("reactor")).isFalse();
        assertThat(row.link()).contains("#" + LoadSection.ANCHOR);
        assertThat(row.why()).isEqualTo("Most GETs/s sustained (no error, at least 95.00% answered, p99 ≤ 20.0 ms): virtual-threads"
                + " and reactor lead, tied (one run each: the same rate with p99 within 10%), from 2,000/s, p99 12.9 ms; rxjava"
                + " trails with 1,000/s, p99 11.6 ms (×0.500 the most); rxjava at 2,000/s: p99 27.3 ms over the 20.0 ms bound.");
    }

    @Test
    void leavesAModelThatDidNotRunUnplacedAndSaysWhenTheLeadersSustainedTheMostOffered() {
        LoadResults results = Fixtures.loadResults(
                Fixtures.sustainedRun("virtual-threads", 4_000, 12), Fixtures.sustainedRun("reactor", 4_000, 12.5),
                Fixtures.sustainedRun("rxjava", 4_000, 11.5));

        WorkRow row = loadRow(results);

        assertThat(JAVA.stream().map(row::cell)).containsExactly("4,000/s, p99 12.0 ms (tied 1st)", "4,000/s, p99 12.5 ms (tied 1st)",
                "4,000/s, p99 11.5 ms (tied 1st)", WorkRow.NOT_MEASURED);
        assertThat(row.hasAsyncio()).isFalse();
        assertThat(row.why()).endsWith("all 3 models tied (one run each: the same rate with p99 within 10%), from 4,000/s, p99"
                + " 11.5 ms (rxjava) to 4,000/s, p99 12.5 ms (reactor); 4,000/s was the most offered.");
    }

    @Test
    void placesOneLeaderAheadOfAModelThatSustainedNoRate() {
        LoadResults results = Fixtures.loadResults(Fixtures.sustainedRun("reactor", 500, 11),
                Fixtures.loadRun("completable-future", 500, 500, 2, 11));

        WorkRow row = loadRow(results);

        assertThat(row.cell("reactor")).isEqualTo("500/s, p99 11.0 ms (1st)");
        assertThat(row.leads("reactor")).isTrue();
        assertThat(row.cell("completable-future")).isEqualTo("none of the rates offered (2nd)");
        assertThat(row.why()).endsWith(": reactor leads with 500/s, p99 11.0 ms; completable-future trails with none of the rates"
                + " offered; completable-future at 500/s: 2 GETs failed (first: GET http://127.0.0.1:8080/posts/7: timed out).");
    }

    @Test
    void saysWhenTheModelInLastPlaceRanNoHigherRate() {
        LoadResults results = Fixtures.loadResults(Fixtures.sustainedRun("reactor", 500, 11),
                Fixtures.sustainedRun("reactor", 1_000, 11), Fixtures.sustainedRun("rxjava", 500, 11));

        assertThat(loadRow(results).why()).endsWith("rxjava trails with 500/s, p99 11.0 ms (×0.500 the most); rxjava ran no rate"
                + " above it.");
    }

    @Test
    void placesNoModelWhenOnlyAsyncioRanUnderLoad() {
        LoadResults results = new LoadResults(Optional.empty(), Optional.of(Fixtures.asyncioLoad(Fixtures.sustainedRun("asyncio", 500, 12))));

        WorkRow row = loadRow(results);

        assertThat(JAVA.stream().map(row::cell)).containsOnly(WorkRow.NOT_MEASURED);
        assertThat(row.asyncioCell()).isEqualTo(WorkRow.NOT_MEASURED);
        assertThat(row.why()).isEqualTo("Not measured for the Java models in this run: ./compare load --save"
                + " target/report/load.json (or ./mvnw verify)");
    }

    @Test
    void placesTheTracesByWhatTheyNameThenFewerLinesTheDumpsByTasksFoundAndTheLogsByLinesWithoutTheirId() throws IOException {
        Path traces = Fixtures.copy(Fixtures.STACK_TRACES, dir);
        Path dumps = Fixtures.copy(Fixtures.THREAD_DUMPS, dir);
        Path context = Fixtures.copy(Fixtures.CONTEXT_PROPAGATION, dir);
        LivingResults living = new LivingResults(Optional.of(StackTraceResults.parse(traces, Files.readAllBytes(traces))),
                Optional.of(ThreadDumpResults.parse(dumps, Files.readAllBytes(dumps))),
                Optional.of(ContextPropagationResults.parse(context, Files.readAllBytes(context))), Optional.empty(), Optional.empty());

        WhichModel table = WhichModel.of(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), living, Optional.empty(), "");

        WorkRow debugging = row(table, "Debugging a failure");
        assertThat(JAVA.stream().map(debugging::cell)).containsExactly(
                "gather 9 lines, names neither (3rd); http 9 lines, names the scenario (lambda) (1st)",
                "gather 27 lines, names the caller (frame) (2nd); http 50 lines, names the caller (frame) (2nd)",
                "gather 17 lines, names neither (4th); http 15 lines, names neither (3rd)",
                "gather 19 lines, names the caller (frame) (1st); http 21 lines, names neither (4th)");
        assertThat(debugging.why()).isEqualTo("With no aid, gather: the scenario in no model, the caller in reactor and"
                + " completable-future (9–27 lines); http: the scenario in virtual-threads, the caller in reactor (9–50 lines);"
                + " placed by what the trace names, then by fewer lines.");
        WorkRow dumpsRow = row(table, "Waiting tasks in a thread dump");
        assertThat(JAVA.stream().map(dumpsRow::cell)).containsExactly("10,000 of 10,000, frames name the scenario (1st)",
                "none of 10,000 (tied 2nd)", "none of 10,000 (tied 2nd)", "none of 10,000 (tied 2nd)");
        assertThat(dumpsRow.leads("virtual-threads")).isTrue();
        WorkRow logs = row(table, "Request context in logs");
        assertThat(JAVA.stream().map(logs::cell)).containsExactly("every line, with mdc-copy and scoped-value (tied 1st)",
                "every line, with automatic-context (tied 1st)", "get-answered 1,800 missing, with schedule-handler (4th)",
                "every line, with capturing-executor (tied 1st)");
        assertThat(logs.why()).isEqualTo("The request id reaches every log line in virtual-threads (mdc-copy and scoped-value),"
                + " reactor (automatic-context), completable-future (capturing-executor); in no propagation of rxjava; with none,"
                + " task-finished and get-answered lines miss it in every model.");
        assertThat(logs.link()).contains("#" + LivingSection.ANCHOR);
    }

    @Test
    void saysHowToRunEachProbeItsRowLacks() throws IOException {
        WhichModel table = whichModel(Fixtures.NO_WAIT);

        assertThat(row(table, "Debugging a failure").why())
                .isEqualTo("Not measured in this run: ./compare stack-traces --save <report folder>/stack-traces.json");
        assertThat(row(table, "Waiting tasks in a thread dump").why())
                .isEqualTo("Not measured in this run: ./compare thread-dumps --save <report folder>/thread-dumps.json");
        assertThat(row(table, "Request context in logs").why()).isEqualTo("Not measured in this run: ./compare"
                + " context-propagation --save <report folder>/context-propagation.json");
        assertThat(row(table, "Request context in logs").cell("reactor")).isEqualTo(WorkRow.NOT_MEASURED);
    }

    private static WorkRow loadRow(LoadResults results) {
        return row(WhichModel.of(List.of(), Optional.empty(), Optional.empty(), Optional.of(results), LivingResults.NONE, Optional.empty(), ""),
                "HTTP under open-loop load");
    }

    private WhichModel whichModel(String sample) throws IOException {
        Path results = Fixtures.copy(sample, dir, Rendering.RESULTS);
        List<Scenario> scenarios = Fixtures.scenarios(results);
        return WhichModel.of(scenarios, Optional.empty(), Optional.empty(), Optional.empty(), LivingResults.NONE, Optional.empty(),
                AsyncioEnvironment.line(Optional.empty()));
    }

    /** The row whose kind of work starts with {@code work}. */
    private static WorkRow row(WhichModel table, String work) {
        return table.rows().stream().filter(row -> row.work().startsWith(work)).findFirst().orElseThrow();
    }
}
