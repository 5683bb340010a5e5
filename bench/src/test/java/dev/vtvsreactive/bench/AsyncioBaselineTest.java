package dev.vtvsreactive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's asyncio step, with stand-ins for asyncio/bench.sh: what it passes, keeps, kills and records. */
class AsyncioBaselineTest {

    @TempDir
    Path dir;

    @Test
    void passesItsOutputFolderAStubOfItsOwnAndTheOptions() throws Exception {
        Path out = dir.resolve("report");

        Optional<Integer> status = AsyncioBaseline.run(script("printf '%s\\n' \"$@\" > \"$2/asyncio-args.json\""), out,
                Duration.ofSeconds(30), List.of("--quick", "--fanout-n", "1000"));

        assertThat(status).contains(0);
        List<String> args = Files.readAllLines(out.resolve("asyncio-args.json"));
        assertThat(args).hasSize(7).startsWith("--out-dir", out.toString(), "--http-base-url")
                .endsWith("--quick", "--fanout-n", "1000");
        assertThat(args.get(3)).matches("http://127\\.0\\.0\\.1:[0-9]+/");
    }

    @Test
    void deletesWhatAnEarlierRunLeftSoThatAStaleResultCannotPassForThisRuns() throws Exception {
        Files.writeString(dir.resolve("asyncio-results.json"), "[]");
        Files.writeString(dir.resolve("results.json"), "[]");

        AsyncioBaseline.run(script("exit 0"), dir, Duration.ofSeconds(30), List.of());

        assertThat(dir.resolve("asyncio-results.json")).doesNotExist();
        assertThat(dir.resolve("results.json")).as("the Java results are not its to delete").exists();
    }

    @Test
    void aFailedRunIsReportedNotThrown() throws Exception {
        assertThat(AsyncioBaseline.run(script("exit 1"), dir, Duration.ofSeconds(30), List.of())).contains(1);
    }

    @Test
    void killsARunPastItsTimeoutAndRecordsWhyEveryRowIsMissing() throws Exception {
        Path script = script("""
                echo '[]' > "$2/asyncio-results.json"
                sleep 60 &
                echo $! > "$2/sleeper.pid"
                wait
                """);

        Optional<Integer> status = AsyncioBaseline.run(script, dir, Duration.ofSeconds(2), List.of());

        assertThat(status).isEmpty();
        assertThat(dir.resolve("asyncio-results.json")).as("a half-written run is not a result").doesNotExist();
        assertThat(dir.resolve(AsyncioBaseline.ENVIRONMENT)).content()
                .contains("\"python\": null").contains("did not finish within 2 s; it was killed");
        long sleeper = Long.parseLong(Files.readString(dir.resolve("sleeper.pid")).strip());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ProcessHandle.of(sleeper)
                .filter(ProcessHandle::isAlive)).as("the script's children are killed too").isEmpty());
    }

    private Path script(String body) throws IOException {
        return Files.writeString(dir.resolve("bench.sh"), "set -eu\n" + body);
    }
}
