package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.vtvsreactive.report.AsyncioFanOut;
import dev.vtvsreactive.report.FanOutResults;
import dev.vtvsreactive.bench.fanout.FanOutReport;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare fanout}: small real sweeps (a hundred short waits, so that each child JVM is
 * quick), what it saves for the report, asyncio beside, and its usage errors.
 */
@Timeout(180)
class FanOutCommandTest {

    @TempDir
    Path scratch;

    @Test
    void printsEveryRunThenTheTableWithThePitfallLabelledAndTheVerdicts() {
        CompareRun run = CompareRun.of("fanout", "--n", "100", "--delay-ms", "50", "--warmups", "0",
                "--model", "reactor", "--variant", "idiom,flatmap");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("reactor idiom N=100: ", "reactor flatmap N=100: ").contains("Verdicts", "Targets");
        assertThat(run.outLines()).anyMatch(line -> line.matches("reactor +idiom +100 .*"))
                .anyMatch(line -> line.matches("reactor +flatmap \\(pitfall\\) +100 .*"));
    }

    @Test
    void jsonIsTheSweepsDocumentAndSaveWritesItWhereTheReportReadsIt() throws Exception {
        Path saved = scratch.resolve(FanOutResults.FILE);
        Path earlierAsyncio = Files.writeString(scratch.resolve(AsyncioFanOut.FILE), "{}");
        CompareRun run = CompareRun.of("fanout", "--n", "10,100", "--delay-ms", "20", "--warmups", "0",
                "--model", "rxjava", "--variant", "idiom", "--json", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        FanOutReport report = LessonJson.MAPPER.readValue(run.out(), FanOutReport.class);
        assertThat(report.runs()).extracting(r -> r.model() + " " + r.variant().label() + " " + r.tasks())
                .containsExactly("rxjava idiom 10", "rxjava idiom 100");
        assertThat(run.err()).as("progress goes to standard error with --json").contains("rxjava idiom N=10: ");
        assertThat(FanOutResults.parse(saved, Files.readAllBytes(saved)).java()).contains(report);
        assertThat(earlierAsyncio).as("asyncio did not run: an earlier run's file must not pass for this run's").doesNotExist();
    }

    @Test
    void asyncioRunsBesideTheJavaModelsAndIsSavedBesideTheirFile() throws Exception {
        AsyncioScripts scripts = AsyncioScripts.locate();
        assumeThat(scripts.unavailable()).as("Python 3.11+ to run asyncio/fanout.py").isEmpty();
        Path saved = scratch.resolve(FanOutResults.FILE);

        CompareRun run = CompareRun.of("fanout", "--n", "100", "--delay-ms", "20", "--warmups", "0",
                "--model", "virtual-threads", "--model", "asyncio", "--variant", "idiom", "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.matches("virtual-threads +idiom +100 .*"))
                .anyMatch(line -> line.matches("asyncio \\(CPython [0-9.]+\\) +idiom +100 .*"));
        Path asyncio = scratch.resolve(AsyncioFanOut.FILE);
        assertThat(AsyncioFanOut.parse(asyncio, Files.readAllBytes(asyncio)).runs())
                .singleElement().satisfies(r -> assertThat(r.n()).isEqualTo(100));
    }

    @Test
    void withoutPythonAsyncioAloneIsSkippedAndNothingRan() {
        String python = scratch.resolve("python3").toString();
        CompareRun run = CompareRun.with(new AsyncioScripts(AsyncioScripts.locate().folder(), python, Duration.ofSeconds(10)),
                "fanout", "--n", "100", "--model", "asyncio");

        assertThat(run.exitCode()).isEqualTo(Compare.NOTHING_RAN);
        assertThat(run.errLines()).containsExactly("compare: asyncio skipped fanout: no " + python + " found (set ASYNCIO_PYTHON)");
    }

    @Test
    void badInputIsAUsageErrorNamingWhatWasWrong() {
        assertThat(CompareRun.of("fanout", "--n", "0")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("the number of tasks must be between 1 and 10000000, was 0");
        });
        assertThat(CompareRun.of("fanout", "--n", "ten").err()).contains("Invalid value for option '--n' (N): not a whole number: 'ten'");
        assertThat(CompareRun.of("fanout", "--variant", "fork-join").err()).contains("fork-join");
        assertThat(CompareRun.of("fanout", "--model", "kotlin").err())
                .contains("no fan-out for model 'kotlin'; models that have one: virtual-threads, reactor, rxjava, completable-future, asyncio");
        assertThat(CompareRun.of("fanout", "--model", "asyncio", "--json").err())
                .contains("--json prints the Java sweep's document only");
        assertThat(CompareRun.of("fanout", "--save", scratch.resolve("missing/fan-out.json").toString()).err())
                .contains("cannot save to ").contains("no such folder");
    }
}
