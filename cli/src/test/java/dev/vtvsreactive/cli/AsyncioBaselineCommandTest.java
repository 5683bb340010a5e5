package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.bench.AsyncioPython;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import dev.vtvsreactive.report.AsyncioLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's asyncio step, with stand-ins for asyncio/bench.sh: what it passes, keeps, kills and records. */
class AsyncioBaselineCommandTest {

    @TempDir
    Path dir;

    private final StringWriter said = new StringWriter();

    @Test
    void passesItsOutputFolderAStubOfItsOwnAndTheOptions() throws Exception {
        Path out = dir.resolve("report");
        Path script = script("printf '%s\\n' \"$@\" > \"$2/asyncio-args.json\"; printf '%s' \"$ASYNCIO_PYTHON\" > \"$2/python\"");

        CompareRun run = CompareRun.of("asyncio-baseline", "--script", script.toString(), "--out-dir", out.toString(),
                "--timeout", "30s", "--", "--quick", "--fanout-n", "1000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String python = AsyncioPython.choose();
        assertThat(run.out()).startsWith("asyncio baseline: ASYNCIO_PYTHON=" + python + " sh " + script + " --out-dir " + out)
                .doesNotContain("exited");
        assertThat(out.resolve("python")).as("the interpreter chosen, named to the script").hasContent(python);
        List<String> args = Files.readAllLines(out.resolve("asyncio-args.json"));
        assertThat(args).hasSize(7).startsWith("--out-dir", out.toString(), "--http-base-url")
                .endsWith("--quick", "--fanout-n", "1000");
        assertThat(args.get(3)).matches("http://127\\.0\\.0\\.1:[0-9]+/");
    }

    @Test
    void deletesWhatAnEarlierRunLeftSoThatAStaleResultCannotPassForThisRuns() throws Exception {
        Files.writeString(dir.resolve("asyncio-results.json"), "[]");
        Files.writeString(dir.resolve("results.json"), "[]");
        Files.writeString(dir.resolve(AsyncioLoad.FILE), "{}");

        run(script("exit 0"), Duration.ofSeconds(30));

        assertThat(dir.resolve("asyncio-results.json")).doesNotExist();
        assertThat(dir.resolve("results.json")).as("the Java results are not its to delete").exists();
        assertThat(dir.resolve(AsyncioLoad.FILE)).as("asyncio's load is the load step's, run before it").exists();
    }

    @Test
    void aFailedRunIsReportedNotThrown() throws Exception {
        assertThat(run(script("exit 1"), Duration.ofSeconds(30))).contains(1);
        assertThat(said.toString()).contains("asyncio baseline: bench.sh exited 1; the rows that failed are listed in "
                + dir.resolve(AsyncioBaselineCommand.ENVIRONMENT));
    }

    @Test
    void killsARunPastItsTimeoutAndRecordsWhyEveryRowIsMissing() throws Exception {
        Path script = script("""
                echo '[]' > "$2/asyncio-results.json"
                sleep 60 &
                echo $! > "$2/sleeper.pid"
                wait
                """);

        Optional<Integer> status = run(script, Duration.ofSeconds(2));

        assertThat(status).isEmpty();
        assertThat(dir.resolve("asyncio-results.json")).as("a half-written run is not a result").doesNotExist();
        assertThat(dir.resolve(AsyncioBaselineCommand.ENVIRONMENT)).content()
                .contains("\"python\": null").contains("did not finish within 2 s; it was killed");
        long sleeper = Long.parseLong(Files.readString(dir.resolve("sleeper.pid")).strip());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ProcessHandle.of(sleeper)
                .filter(ProcessHandle::isAlive)).as("the script's children are killed too").isEmpty());
    }

    @Test
    void aTimeoutNeedsAUnit() {
        CompareRun run = CompareRun.of("asyncio-baseline", "--out-dir", dir.toString(), "--timeout", "900");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a timeout is a positive whole number and a unit (ms, s, m or h), such as 900s or 1h, was '900'");
    }

    private Optional<Integer> run(Path script, Duration timeout) throws IOException {
        return AsyncioBaselineCommand.run(script, dir, timeout, List.of(), new PrintWriter(said, true));
    }

    private Path script(String body) throws IOException {
        return Files.writeString(dir.resolve("bench.sh"), "set -eu\n" + body);
    }
}
