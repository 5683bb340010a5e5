package dev.vtvsreactive.report;

import static dev.vtvsreactive.report.Fixtures.asyncioGreet;
import static dev.vtvsreactive.report.Fixtures.greet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.report.Environment.Fact;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asyncio baseline beside the Java models: its rows, its environment, its CPU-bound runs; no page rendered. */
class AsyncioInReportTest {

    @TempDir
    Path dir;

    @Test
    void joinsTheScenariosAfterTheJavaModelsAndTheirVariantsLabelledWithTheInterpreter() throws IOException {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir, Rendering.RESULTS);
        Fixtures.copy(Fixtures.ASYNCIO_RESULTS, dir, BenchmarkReport.ASYNCIO_RESULTS);

        String summary = BenchmarkReport.read(results).summary();

        assertThat(summary).containsPattern("gather A/B/C \\(scale 0\\.01\\) +asyncio \\(CPython\\) +30\\.908 ± 0\\.140 ms/op")
                .contains("asyncio (CPython 3.11.7): 30.908 ± 0.140 ms/op");
        Scenario greet = Scenario.of(JmhJson.parse(results, Files.readAllBytes(results))).getFirst();
        assertThat(greet.rows()).extracting(Row::model).doesNotContain("asyncio");
        List<String> gatherRows = summary.lines().filter(line -> line.startsWith("gather A/B/C (scale 0.01)  ")).toList();
        assertThat(gatherRows.getLast()).contains("asyncio (CPython)");
    }

    @Test
    void neverNamesAsyncioTheWinnerButPlacesItAmongTheJavaModels() {
        Scenario scenario = Scenario.of(List.of(
                greet("virtual-threads", 10.5, 0.02), greet("reactor", 10.8, 0.02), asyncioGreet("asyncio", 10.1, 0.02))).getFirst();

        Verdict verdict = Verdict.of(scenario);

        assertThat(scenario.rows()).extracting(Row::label).containsExactly("virtual-threads", "reactor", "asyncio (CPython)");
        assertThat(verdict.best().model()).isEqualTo("virtual-threads");
        assertThat(verdict.clearWinner()).isTrue();
        assertThat(verdict.text()).startsWith("Fastest: virtual-threads, clear of every other model's error interval."
                        + " Relative time: reactor ×1.029.")
                .endsWith(" asyncio (CPython 3.11.7): 10.100 ± 0.020 ms/op, ahead of every Java model, clear of their error"
                        + " intervals (×0.962 the fastest Java model's time).");
        Scenario slower = Scenario.of(List.of(greet("reactor", 10.8, 0.02), asyncioGreet("asyncio", 11.5, 0.02))).getFirst();
        assertThat(Verdict.of(slower).text()).contains("Only reactor was measured", "behind every Java model");
    }

    @Test
    void keepsRowsThatResultsJsonAlreadyHoldsOnceAndRefusesTwoDifferentScores() throws IOException {
        String java = Files.readString(Fixtures.copy(Fixtures.RESULTS, dir, "java.json")).strip();
        String asyncio = Files.readString(Fixtures.copy(Fixtures.ASYNCIO_RESULTS, dir, BenchmarkReport.ASYNCIO_RESULTS)).strip();
        Path combined = Files.writeString(dir.resolve(Rendering.RESULTS),
                java.substring(0, java.length() - 1) + "," + asyncio.substring(1));

        String summary = BenchmarkReport.read(combined).summary();

        assertThat(summary.lines().filter(line -> line.contains("asyncio (CPython)") && line.startsWith("greet"))).hasSize(1);

        Files.writeString(dir.resolve(BenchmarkReport.ASYNCIO_RESULTS), asyncio.replace("10.369057702040816", "11.5"));
        assertThatThrownBy(() -> BenchmarkReport.read(combined))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(combined + " and " + dir.resolve(BenchmarkReport.ASYNCIO_RESULTS)
                        + " both hold asyncio in dev.vtvsreactive.bench.GreetBenchmark.greet {scale=0.01} with different scores");
    }

    @Test
    void refusesAnAsyncioResultsFileWithJavaRecordsOrThatIsNotJmhJson() throws IOException {
        Path results = Fixtures.copy(Fixtures.RESULTS, dir, Rendering.RESULTS);
        Path asyncio = Fixtures.copy(Fixtures.RESULTS, dir, BenchmarkReport.ASYNCIO_RESULTS);

        assertThatThrownBy(() -> BenchmarkReport.read(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(asyncio + " holds virtual-threads in dev.vtvsreactive.bench.")
                .hasMessageContaining("which asyncio/bench.py did not write (its jmhVersion is '1.37')");
        Files.writeString(asyncio, "{\"python\": null}");
        assertThatThrownBy(() -> BenchmarkReport.read(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(asyncio + " is not a JMH JSON result file");
    }

    @Test
    void takesTheJavaFactsFromTheJavaRecordsOnlyAndAddsTheInterpreters() throws IOException {
        Path file = Fixtures.copy(Fixtures.ASYNCIO_ENVIRONMENT, dir);
        Environment environment = environment(Optional.of(AsyncioEnvironment.parse(file, Files.readAllBytes(file))));

        Map<String, String> facts = environment.facts().stream().collect(Collectors.toMap(Fact::name, Fact::value));

        assertThat(facts.get("JDK")).isEqualTo("25.0.3 — OpenJDK 64-Bit Server VM 25.0.3+9-LTS");
        assertThat(facts.get("JMH")).isEqualTo("1.37");
        assertThat(facts).containsEntry("asyncio: Python", "CPython 3.11.7 — 3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]")
                .containsEntry("asyncio: executable", "/root/.pyenv/versions/3.11.7/bin/python3")
                .containsEntry("asyncio: aiohttp", "not importable: No module named 'aiohttp'")
                .containsEntry("asyncio: uvloop", "not importable: No module named 'uvloop'")
                .containsEntry("asyncio: loops", "asyncio: asyncio.unix_events._UnixSelectorEventLoop")
                .containsEntry("asyncio: interpreter start-up", "157.0 ms median of 5 runs (import asyncio); excluded from"
                        + " every score (each row is timed inside the running loop)")
                .containsEntry("asyncio: GIL switch interval", "5.0 ms (sys.getswitchinterval())")
                .containsEntry("asyncio: settings", "quick: 1 fork(s), warm-up 2 × 500 ms, 5 × 500 ms measured, scale 0.01;"
                        + " fan-out N = 1,000, 10,000, 100,000, D = 1,000 ms; CPU-bound scale 1.0")
                .containsEntry("asyncio: failures", "none");
        assertThat(facts.get("asyncio: skipped")).startsWith("the HTTP rows (HttpBenchmark.http, HttpThroughputBenchmark.throughput):"
                + " aiohttp is not importable");
        assertThat(facts).doesNotContainKey(AsyncioEnvironment.BASELINE);
        assertThat(AsyncioEnvironment.line(environment.asyncio())).startsWith("asyncio baseline: measured with CPython 3.11.7;"
                + " skipped: the HTTP rows (HttpBenchmark.http, HttpThroughputBenchmark.throughput): aiohttp is not importable");
    }

    @Test
    void saysTheBaselineWasSkippedAndWhyWithoutItsFileOrWithoutPython() throws IOException {
        Path file = Files.writeString(dir.resolve(AsyncioEnvironment.FILE), """
                {"python": null, "files": {}, "skipped": [{"what": "every asyncio row",
                 "reason": "python3 is Python 3.9.2; the asyncio scripts need 3.11 or newer"}], "failures": []}""");

        List<Fact> withoutPython = environment(Optional.of(AsyncioEnvironment.parse(file, Files.readAllBytes(file)))).facts();
        List<Fact> withoutFile = environment(Optional.empty()).facts();

        assertThat(withoutPython).filteredOn(fact -> fact.name().startsWith("asyncio")).containsExactly(new Fact("asyncio baseline",
                "skipped: every asyncio row: python3 is Python 3.9.2; the asyncio scripts need 3.11 or newer"));
        assertThat(withoutFile).filteredOn(fact -> fact.name().startsWith("asyncio")).containsExactly(new Fact("asyncio baseline",
                "skipped: no asyncio-environment.json beside results.json (./mvnw verify runs asyncio/bench.sh after the"
                        + " benchmarks; by hand: asyncio/bench.sh --out-dir <report folder>)"));
        assertThat(AsyncioEnvironment.line(Optional.of(AsyncioEnvironment.parse(file, Files.readAllBytes(file)))))
                .isEqualTo("asyncio baseline skipped: every asyncio row: python3 is Python 3.9.2; the asyncio scripts need 3.11 or newer");
        assertThatThrownBy(() -> AsyncioEnvironment.parse(file, "[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " is not the asyncio baseline's environment file: it has no \"python\" field");
    }

    @Test
    void mergesAsynciosCpuBoundRunsAfterTheJavaOnesAndSaysWhatTheirNumbersSay() throws IOException {
        Path java = Fixtures.copy(Fixtures.CPU_BOUND, dir);
        Path asyncio = Fixtures.copy(Fixtures.ASYNCIO_CPU_BOUND, dir);
        CpuBoundResults results = CpuBoundResults.parse(java, Files.readAllBytes(java))
                .withAsyncio(CpuBoundResults.parse(asyncio, Files.readAllBytes(asyncio)));

        assertThat(results.models()).containsExactly("virtual-threads", "reactor", "rxjava", "completable-future",
                "asyncio", "asyncio-process-pool");
        assertThat(results.rows(false).getLast()).startsWith("asyncio-process-pool (CPython 3.11.7)", "fixed");
        assertThat(results.verdict("asyncio")).startsWith("asyncio (CPython 3.11.7): blocked, the heartbeat stalled")
                .contains("fixed, the heartbeat kept ticking, unevenly (worst gap 21.2 ms, 2.1× its period;"
                        + " 30 of ~48 ticks during the CPU task; reply 6.6 ms late)");
        assertThat(results.verdict("reactor")).doesNotContain("unevenly");
        CpuBoundResults javaOnly = CpuBoundResults.parse(java, Files.readAllBytes(java));
        assertThat(results.answersNo()).as("asyncio's runs never change the Java models' answer").isEqualTo(javaOnly.answersNo());
        assertThat(results.quizAnswer()).startsWith(javaOnly.quizAnswer())
                .endsWith(" The lesson's own asyncio (CPython 3.11.7): asyncio (blocked) stalled (worst gap 496.5 ms),"
                        + " asyncio (blocked-yield) kept ticking (worst gap 14.4 ms), asyncio (fixed) kept ticking (worst gap 21.2 ms),"
                        + " asyncio-process-pool (fixed) kept ticking (worst gap 11.0 ms).");
        CpuBoundRun asyncioRun = results.runs().getLast();
        assertThat(results.isAsyncio(asyncioRun)).isTrue();
        assertThat(results.isAsyncio(results.runs().getFirst())).isFalse();
        assertThat(new CpuBoundSection(results, null).description())
                .contains("asyncio (CPython 3.11.7, asyncio/cpubound.py)", "calibrated separately", "the primes below 492,349");
    }

    private Environment environment(Optional<AsyncioEnvironment> asyncio) {
        List<JmhRecord> records = List.of(greet("virtual-threads", 10.1, 0.1), asyncioGreet("asyncio", 10.4, 0.1));
        return new Environment(Machine.capture(new byte[0]), false, records, Optional.empty(), asyncio);
    }
}
