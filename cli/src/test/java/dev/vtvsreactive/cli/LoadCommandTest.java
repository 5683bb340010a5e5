package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.vtvsreactive.bench.load.LoadReport;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.report.AsyncioLoad;
import dev.vtvsreactive.report.LoadResults;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code compare load}: short real loads (a few hundred GETs, so that each child JVM is quick),
 * what it saves for the report, asyncio beside, the timeout a user sets, and its usage errors.
 */
@Timeout(180)
class LoadCommandTest {

    @TempDir
    Path scratch;

    @Test
    void printsEachRunThenTheTableAndTheVerdicts() {
        CompareRun run = CompareRun.of("load", "--rates", "100,200", "--duration", "500ms", "--warmup", "0s",
                "--model", "reactor");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("reactor at 100/s: achieved", "reactor at 200/s: achieved", "Verdicts")
                .contains("the stub in its own JVM (pid ");
        assertThat(run.outLines()).anyMatch(line -> line.matches("reactor +100 .*"))
                .anyMatch(line -> line.matches("reactor +200 .*"));
    }

    @Test
    void jsonIsTheSweepsDocumentAndSaveWritesItWhereTheReportReadsIt() throws Exception {
        Path saved = scratch.resolve(LoadResults.FILE);
        Path earlierAsyncio = Files.writeString(scratch.resolve(AsyncioLoad.FILE), "{}");
        CompareRun run = CompareRun.of("load", "--rates", "100", "--duration", "500ms", "--warmup", "200ms",
                "--model", "virtual-threads", "--model", "rxjava", "--json", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        LoadReport report = LessonJson.MAPPER.readValue(run.out(), LoadReport.class);
        assertThat(report.runs()).extracting(r -> r.model() + " " + r.rate() + " " + r.answered() + " " + r.errors())
                .containsExactly("virtual-threads 100 50 0", "rxjava 100 50 0");
        assertThat(run.err()).as("progress goes to standard error with --json").contains("rxjava at 100/s: achieved");
        assertThat(LoadResults.parse(saved, Files.readAllBytes(saved)).java()).contains(report);
        assertThat(earlierAsyncio).as("asyncio did not run: an earlier run's file must not pass for this run's").doesNotExist();
    }

    @Test
    void asyncioRunsBesideTheJavaModelsAgainstTheSameStub() throws Exception {
        AsyncioScripts scripts = AsyncioScripts.locate();
        assumeThat(scripts.unavailable()).as("Python 3.11+ to run asyncio/load.py").isEmpty();
        CompareRun probe = CompareRun.of("load", "--rates", "50", "--duration", "200ms", "--warmup", "0s", "--model", "asyncio");
        assumeThat(probe.err()).as("aiohttp for asyncio/load.py").doesNotContain("aiohttp is not importable");
        Path saved = scratch.resolve(LoadResults.FILE);

        CompareRun run = CompareRun.of("load", "--rates", "100", "--duration", "500ms", "--warmup", "0s",
                "--model", "completable-future", "--model", "asyncio", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.matches("completable-future +100 .*"))
                .anyMatch(line -> line.matches("asyncio \\(CPython [0-9.]+\\) +100 .*"));
        Path asyncio = scratch.resolve(AsyncioLoad.FILE);
        assertThat(AsyncioLoad.parse(asyncio, Files.readAllBytes(asyncio)).runs()).singleElement()
                .satisfies(r -> assertThat(r.answered()).isEqualTo(50));
    }

    /** Against a server that accepts and never answers, every GET of every model fails within the timeout set. */
    @Test
    void aServerThatNeverAnswersFailsEveryGetWithinTheTimeoutItsUserSet() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 100, InetAddress.getLoopbackAddress())) {
            String baseUrl = "http://127.0.0.1:" + silent.getLocalPort() + "/";
            long start = System.nanoTime();

            CompareRun run = CompareRun.of("load", "--base-url", baseUrl, "--timeout", "1s", "--rates", "10",
                    "--duration", "500ms", "--warmup", "0s", "--model", "virtual-threads", "--model", "reactor", "--json");

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(run.exitCode()).as(run.err()).isZero();
            LoadReport report = LessonJson.MAPPER.readValue(run.out(), LoadReport.class);
            assertThat(report.server()).isEqualTo("a server started elsewhere, at " + baseUrl);
            assertThat(report.runs()).hasSize(2).allSatisfy(r -> {
                assertThat(r.answered()).isZero();
                assertThat(r.errors()).isEqualTo(r.requests());
                assertThat(r.firstError()).containsIgnoringCase("timed out");
            });
            // Two child JVMs, each with half a second of GETs that end within 1 s, and wrk's second:
            // far below the default timeout's 30 s.
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("load", "--rates", "1000,500"), "rates must increase, were [1000, 500]"),
                Arguments.of(List.of("load", "--rates", "0"), "a rate must be at least 1 request a second, was 0"),
                Arguments.of(List.of("load", "--rates", "fast"), "'fast'"),
                Arguments.of(List.of("load", "--rates", "1", "--duration", "100ms"), "makes 0 requests"),
                Arguments.of(List.of("load", "--duration", "0s"),
                        "a duration is a positive whole number and a unit (ms, s, m or h), such as 10s or 500ms, was '0s'"),
                Arguments.of(List.of("load", "--warmup", "soon"),
                        "a warm-up is a whole number and a unit (ms, s, m or h), such as 5s, or 0s for none, was 'soon'"),
                Arguments.of(List.of("load", "--timeout", "0s"), "a timeout is a positive whole number and a unit"),
                Arguments.of(List.of("load", "--latency-ms", "-5"), "latency must be 0 to 60000 ms, was -5 ms"),
                Arguments.of(List.of("load", "--base-url", "localhost:8080"), "base URL must be an absolute http(s) URL"),
                Arguments.of(List.of("load", "--model", "nope"),
                        "no load for model 'nope'; models that have one: virtual-threads, reactor, rxjava,"
                                + " completable-future, asyncio, asyncio-uvloop"),
                Arguments.of(List.of("load", "--json", "--model", "asyncio"), "--json prints the Java sweep's document only"),
                Arguments.of(List.of("load", "--save", "/no/such/folder/load.json"),
                        "cannot save to /no/such/folder/load.json: no such folder /no/such/folder"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void badUsageExitsTwoNamingTheValue(List<String> args, String reason) {
        CompareRun run = CompareRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(reason);
        assertThat(run.out()).isEmpty();
    }
}
