package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.asyncioLoad;
import static dev.vtvsreactive.report.Fixtures.loadReport;
import static dev.vtvsreactive.report.Fixtures.loadResults;
import static dev.vtvsreactive.report.Fixtures.loadRun;
import static dev.vtvsreactive.report.Fixtures.sustainedRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.load.LoadReport.Ceiling;
import dev.vtvsreactive.bench.load.LoadReport.NotRun;
import dev.vtvsreactive.bench.load.LoadRun;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open-loop load's results: reading both sides' JSON, the sustained verdict, the ranking and what the console prints. */
class LoadResultsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSweepAndAsyncioBesideItAndTellsTheTableAndTheVerdicts() throws IOException {
        LoadResults results = sample().withAsyncio(asyncioSample());

        assertThat(results.rates()).containsExactly(500, 1_000, 2_000, 4_000);
        assertThat(results.rows()).hasSize(20);
        assertThat(results.rows().get(3)).containsExactly("virtual-threads", "4,000", "3,712.4 (92.81%)", "38.4", "251.2",
                "412.7", "455.0", "468.3", "0", "55.2", "7,466.0", "15", "no");
        assertThat(results.rows().getLast()).as("Python counts no heap: load.py writes null bytes per GET")
                .containsExactly("asyncio (CPython 3.12.3)", "4,000", "1,602.8 (40.07%)", "2,503.4", "4,508.8", "4,960.2",
                        "4,995.5", "5,001.0", "112", "169.8", "—", "1", "no");
        assertThat(results.headline()).isEqualTo("Most GETs/s sustained: reactor and virtual-threads tie at 2,000/s (p99 12.9 ms"
                + " and 13.5 ms; one run each: the same rate with p99 within 10% is a tie); then completable-future (2,000/s,"
                + " p99 19.1 ms), rxjava (1,000/s, p99 11.6 ms). asyncio (CPython 3.12.3) sustained up to 1,000/s, p99 16.0 ms.");
        assertThat(results.clearLeader()).isFalse();
        assertThat(results.verdicts()).containsExactly(
                "virtual-threads: sustained up to 2,000/s, p99 13.5 ms; at 4,000/s: achieved 92.81% of the rate; p99 412.7 ms"
                        + " over the 20.0 ms bound.",
                "reactor: sustained up to 2,000/s, p99 12.9 ms; at 4,000/s: p99 38.5 ms over the 20.0 ms bound.",
                "rxjava: sustained up to 1,000/s, p99 11.6 ms; at 2,000/s: p99 27.3 ms over the 20.0 ms bound.",
                "completable-future: sustained up to 2,000/s, p99 19.1 ms; at 4,000/s: 37 GETs failed (first: GET"
                        + " http://127.0.0.1:41234/posts/58: request timed out after 5000 ms); p99 120.4 ms over the 20.0 ms bound.",
                "asyncio (CPython 3.12.3), beside the Java models: sustained up to 1,000/s, p99 16.0 ms; at 2,000/s: achieved"
                        + " 76.71% of the rate; p99 2,841.3 ms over the 20.0 ms bound.");
        assertThat(results.console()).startsWith("Plan: 500, 1000, 2000, 4000 GETs/s for 10 s each after 5 s, stub latency 10 ms;"
                        + " each GET times out after 5,000 ms. Sustained: no GET failed, at least 95.00% of the rate answered,"
                        + " p99 ≤ 20.0 ms (2× the stub's latency).\n"
                        + "Client: Java 25.0.3+9-LTS, 2 processors, each model in a child JVM of its own; asyncio on CPython"
                        + " 3.12.3, 2 processors.\n"
                        + "Server: own JVM (pid 4242), CPUs shared with the client (0-1); its ceiling, closed loop: 9,650.4 GETs/s"
                        + " (wrk -t2 -c200 -d10s http://127.0.0.1:41234/posts/1).\n\nModel ")
                .containsPattern("\nreactor +2,000 +1,999\\.1 \\(99\\.96%\\) +10\\.8 +11\\.5 +12\\.9 +16\\.8 +21\\.3 +0 +39\\.6"
                        + " +5,101\\.2 +12 +yes\n")
                .contains("\nVerdicts\n" + results.headline() + "\nvirtual-threads: sustained up to 2,000/s")
                .doesNotContain("failed: ");
    }

    @Test
    void readsBackWhatEachSideWrites() throws IOException {
        LoadResults results = sample();
        AsyncioLoad asyncio = asyncioSample();

        assertThat(LoadResults.parse(dir.resolve("again.json"), bytes(results.java().orElseThrow().toJson()))).isEqualTo(results);
        assertThat(AsyncioLoad.parse(dir.resolve("again.json"), bytes(asyncio.toJson()))).isEqualTo(asyncio);
        assertThat(LessonJson.MAPPER.readTree(asyncio.toJson()).path("runs").path(0).path("bytesPerRequest").isNull()).isTrue();
    }

    @Test
    void joinsAnotherLoopsRunsAfterTheStandardLoops() {
        AsyncioLoad uvloop = asyncioLoad(sustainedRun("asyncio-uvloop", 500, 11));

        AsyncioLoad both = asyncioLoad(sustainedRun("asyncio", 500, 12)).with(uvloop);

        assertThat(both.runs()).extracting(LoadRun::model).containsExactly("asyncio", "asyncio-uvloop");
        assertThat(both.interpreter()).isEqualTo("CPython 3.12.3");
        assertThat(new LoadResults(Optional.empty(), Optional.of(both)).series()).extracting(LoadSeries::label)
                .containsExactly("asyncio (CPython 3.12.3)", "asyncio-uvloop (CPython 3.12.3)");
    }

    @Test
    void sustainsARateOnlyWithoutErrorsAnsweringNinetyFivePercentWithinTwiceTheLatency() {
        LoadResults results = loadResults(
                loadRun("virtual-threads", 500, 475, 0, 20),
                loadRun("reactor", 500, 474.9, 0, 10),
                loadRun("rxjava", 500, 500, 0, 20.01),
                loadRun("completable-future", 500, 500, 1, 10));

        assertThat(results.rows()).extracting(List::getLast).containsExactly("yes", "no", "no", "no");
        assertThat(results.verdicts()).containsExactly(
                "virtual-threads: sustained up to 500/s, p99 20.0 ms, the highest rate it ran.",
                "reactor: sustained none of the rates offered; at 500/s: achieved 94.98% of the rate.",
                "rxjava: sustained none of the rates offered; at 500/s: p99 20.0 ms over the 20.0 ms bound.",
                "completable-future: sustained none of the rates offered; at 500/s: 1 GET failed (first: GET"
                        + " http://127.0.0.1:8080/posts/7: timed out).");
        assertThat(results.headline()).isEqualTo("Most GETs/s sustained: virtual-threads (500/s, p99 20.0 ms); then reactor"
                + " (none of the rates offered), rxjava (none of the rates offered), completable-future (none of the rates offered).");
        assertThat(results.clearLeader()).isTrue();
    }

    @Test
    void tiesTheSameRateWithinTenPercentOfTheLowerP99AndNeverDifferentRates() {
        LoadResults results = loadResults(
                sustainedRun("virtual-threads", 1_000, 10), sustainedRun("virtual-threads", 2_000, 11),
                sustainedRun("reactor", 1_000, 10), sustainedRun("reactor", 2_000, 12),
                sustainedRun("rxjava", 1_000, 10), sustainedRun("rxjava", 2_000, 12.11),
                sustainedRun("completable-future", 1_000, 11), loadRun("completable-future", 2_000, 2_000, 0, 30));

        assertThat(results.headline()).isEqualTo("Most GETs/s sustained: virtual-threads and reactor tie at 2,000/s (p99 11.0 ms"
                + " and 12.0 ms; one run each: the same rate with p99 within 10% is a tie); then rxjava (2,000/s, p99 12.1 ms),"
                + " completable-future (1,000/s, p99 11.0 ms).");
        assertThat(new SustainedRate("a", Optional.of(sustainedRun("a", 2_000, 20))).tiedWith(
                new SustainedRate("b", Optional.of(sustainedRun("b", 1_000, 20))))).isFalse();
        assertThat(new SustainedRate("a", Optional.empty()).tiedWith(new SustainedRate("b", Optional.empty()))).isTrue();
    }

    @Test
    void saysWhenNoJavaModelSustainedAnyRateAndWhichRateBelowTheHighestAModelMissed() {
        LoadResults none = loadResults(loadRun("virtual-threads", 500, 500, 0, 25), loadRun("reactor", 500, 300, 0, 15));
        LoadResults gap = loadResults(sustainedRun("rxjava", 500, 11), loadRun("rxjava", 1_000, 1_000, 0, 21),
                sustainedRun("rxjava", 2_000, 12), loadRun("rxjava", 4_000, 4_000, 0, 40));

        assertThat(none.headline()).isEqualTo("No Java model sustained any of the rates offered.");
        assertThat(none.clearLeader()).isFalse();
        assertThat(gap.headline()).isEqualTo("Only rxjava ran: it sustained up to 2,000/s, p99 12.0 ms.");
        assertThat(gap.verdicts()).containsExactly("rxjava: sustained up to 2,000/s, p99 12.0 ms; at 4,000/s: p99 40.0 ms over"
                + " the 20.0 ms bound; yet not 1,000/s, below it: p99 21.0 ms over the 20.0 ms bound.");
    }

    @Test
    void ranksTheModelsThatRanAndTellsWhichFailed() {
        LoadResults results = new LoadResults(loadReport(Ceiling.measured("wrk", 9_000),
                List.of(new NotRun("completable-future", "its JVM exited with 1: OutOfMemoryError")),
                sustainedRun("virtual-threads", 500, 11), sustainedRun("reactor", 500, 13)));

        assertThat(results.notRun()).containsExactly("failed: completable-future: its JVM exited with 1: OutOfMemoryError");
        assertThat(results.headline()).isEqualTo("Most GETs/s sustained: virtual-threads (500/s, p99 11.0 ms); then reactor"
                + " (500/s, p99 13.0 ms).");
        assertThat(results.series()).extracting(LoadSeries::model).containsExactly("virtual-threads", "reactor");
        assertThat(results.console()).contains("\n\nfailed: completable-future: its JVM exited with 1: OutOfMemoryError\n\nVerdicts\n");
    }

    @Test
    void judgesAsyncioAloneNeverForItKnowsNoPlan() {
        LoadResults results = new LoadResults(Optional.empty(), Optional.of(asyncioLoad(sustainedRun("asyncio", 500, 12))));

        assertThat(results.p99BoundMs()).isEmpty();
        assertThat(results.rows().getFirst().getLast()).isEqualTo("not judged");
        assertThat(results.headline()).isEqualTo("No Java model ran. asyncio (CPython 3.12.3) not judged: " + LoadResults.NO_PLAN + ".");
        assertThat(results.verdicts()).containsExactly("asyncio (CPython 3.12.3), beside the Java models: not judged: "
                + LoadResults.NO_PLAN + ".");
        assertThat(results.serverLine()).isEmpty();
        assertThat(results.console()).startsWith("Plan: not known: asyncio-load.json holds no plan, and without load.json beside"
                + " it the stub's latency, which bounds a sustained rate's p99, is not known.\nClient: asyncio on CPython 3.12.3,"
                + " 2 processors.\n\nModel");
    }

    @Test
    void tellsTheJavaSweepAloneWithoutAsyncio() throws IOException {
        LoadResults results = sample();

        assertThat(results.series()).noneMatch(LoadSeries::baseline);
        assertThat(results.clientLine()).isEqualTo("Client: Java 25.0.3+9-LTS, 2 processors, each model in a child JVM of its own.");
        assertThat(results.headline()).endsWith("rxjava (1,000/s, p99 11.6 ms).");
        assertThat(results.console()).doesNotContain("asyncio (");
    }

    @Test
    void saysWhyTheCeilingWasNotMeasuredAndWhichRatesTheStubItselfCouldNotServe() {
        LoadResults skipped = new LoadResults(loadReport(Ceiling.skipped("wrk is not on the PATH"), List.of(),
                sustainedRun("reactor", 500, 11)));
        LoadResults low = new LoadResults(loadReport(Ceiling.measured("wrk -t2 -c100 -d10s http://127.0.0.1:8080/posts/1", 1_000),
                List.of(), sustainedRun("reactor", 500, 11), sustainedRun("reactor", 1_000, 12), loadRun("reactor", 2_000, 1_000, 0, 900)));

        assertThat(skipped.serverLine()).contains("Server: own JVM (pid 4242); its ceiling was not measured: wrk is not on the PATH.");
        assertThat(skipped.console()).contains("\nServer: own JVM (pid 4242); its ceiling was not measured: wrk is not on the PATH.\n");
        assertThat(skipped.ceilingNote()).isEmpty();
        assertThat(low.serverLine()).contains("Server: own JVM (pid 4242); its ceiling, closed loop: 1,000.0 GETs/s (wrk -t2 -c100"
                + " -d10s http://127.0.0.1:8080/posts/1).");
        assertThat(low.verdicts()).last().isEqualTo("1,000/s and 2,000/s are at or above the stub's own ceiling (1,000.0 GETs/s):"
                + " there the stub, not the model, sets the limit.");
    }

    @Test
    void showsNoLatencyForARateAtWhichNoGetWasAnswered() {
        LoadRun allFailed = new LoadRun("reactor", 500, 5_000, 0, 5_000, "GET http://127.0.0.1:8080/posts/1: connection refused",
                0, new LoadRun.Percentiles(0, 0, 0, 0, 0), List.of(), 40, 1_000.0, 12);

        LoadResults results = loadResults(allFailed);

        assertThat(results.rows().getFirst()).containsExactly("reactor", "500", "0.0 (0.00%)", "—", "—", "—", "—", "—", "5,000",
                "40.0", "1,000.0", "12", "no");
        assertThat(results.verdicts()).containsExactly("reactor: sustained none of the rates offered; at 500/s: 5,000 GETs failed"
                + " (first: GET http://127.0.0.1:8080/posts/1: connection refused); achieved 0.00% of the rate.");
    }

    @Test
    void refusesAsyncioRunsWithoutAnInterpreterOrARateNamingTheFile() {
        Path file = dir.resolve(AsyncioLoad.FILE);
        String run = """
                {"model": "asyncio", "rate": %d, "requests": 10, "answered": 10, "errors": 0, "firstError": null,
                 "achievedPerSecond": 5.0, "latencyMs": {"p50": 1, "p90": 1, "p99": 1, "p999": 1, "max": 1},
                 "distribution": [], "cpuMicrosPerRequest": 1.0, "bytesPerRequest": null, "peakThreads": 1}""";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> AsyncioLoad.parse(file, bytes("{\"scenario\": \"load\", \"processors\": 2, \"runs\": ["
                        + run.formatted(5) + "]}")))
                .withMessage(file + " is not the asyncio load's JSON: it names no \"interpreter\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AsyncioLoad.parse(file, bytes("{\"scenario\": \"load\", \"interpreter\": \"CPython 3.12.3\","
                        + " \"processors\": 2, \"runs\": [" + run.formatted(0) + "]}")))
                .withMessage(file + " is not the asyncio load's JSON: a run of asyncio lacks a positive \"rate\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AsyncioLoad.parse(file, bytes("{\"scenario\": \"load\", \"interpreter\": \"CPython 3.12.3\","
                        + " \"processors\": 2, \"runs\": []}")))
                .withMessage(file + " is not the asyncio load's JSON: it holds no run");
    }

    @Test
    void namesWhereAFieldIsMissing() {
        Path file = dir.resolve(LoadResults.FILE);
        String withoutRate = """
                {"scenario": "load", "interpreter": "CPython 3.12.3", "processors": 2, "runs": [{"model": "asyncio",
                 "requests": 10, "answered": 10, "errors": 0, "achievedPerSecond": 5.0,
                 "latencyMs": {"p50": 1, "p90": 1, "p99": 1, "p999": 1, "max": 1}, "distribution": [],
                 "cpuMicrosPerRequest": 1.0, "peakThreads": 1}]}""";
        String withoutPlan = """
                {"scenario": "load", "java": "25", "processors": 2, "server": "own JVM", "ceiling": {"skipped": "no wrk"},
                 "runs": [], "failed": []}""";

        assertThatIllegalArgumentException().isThrownBy(() -> AsyncioLoad.parse(file, bytes(withoutRate)))
                .withMessageStartingWith(file + " is not the asyncio load's JSON: at runs[0].rate: ");
        assertThatIllegalArgumentException().isThrownBy(() -> LoadResults.parse(file, bytes(withoutPlan)))
                .withMessageStartingWith(file + " is not a load experiment report: ")
                .withMessageContaining("plan");
    }

    private LoadResults sample() throws IOException {
        Path file = Fixtures.copy(Fixtures.LOAD, dir, LoadResults.FILE);
        return LoadResults.parse(file, Files.readAllBytes(file));
    }

    private AsyncioLoad asyncioSample() throws IOException {
        Path file = Fixtures.copy(Fixtures.ASYNCIO_LOAD, dir, AsyncioLoad.FILE);
        return AsyncioLoad.parse(file, Files.readAllBytes(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
