package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.bench.AsyncioPython;
import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --model asyncio}: the lesson's own Python run by the CLI. The real scripts run where
 * Python 3.11+ is (each such test is skipped with the reason elsewhere); a missing or old
 * interpreter, a skipping, failing or hanging script are played by fakes handed to
 * {@link Compare#commandLine(java.util.function.Supplier)}, not by changing the environment.
 */
@Timeout(120)
class AsyncioModelTest {

    private static final Duration SLACK = Duration.ofSeconds(60);
    private static final Duration SHORT_SLACK = Duration.ofSeconds(1);
    private static final String ALL_FINISHED = "All tasks finished in";

    @TempDir
    Path scratch;

    @Test
    void gatherPrintsTheLessonsOwnLinesPrefixedByAsyncioThenATableRow() {
        CompareRun run = CompareRun.with(realScripts(), "gather", "--scale", "0.01", "--model", "asyncio");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        for (String line : List.of("Running concurrent tasks...", "Task A: Starting (delay=3s)", "Task B: Finished",
                "Results: ['Result from A', 'Result from B', 'Result from C']")) {
            assertThat(run.outLines()).as("a line ending in: " + line)
                    .anyMatch(said -> said.matches("asyncio +\\+\\d+ ms  Task-\\d+ +\\Q" + line + "\\E"));
        }
        assertThat(run.outLines()).anyMatch(line -> line.matches("asyncio +gather +\\d+\\.\\d ms +30\\.0 ms"));
    }

    @Test
    void itsJsonRunHasTheShapeAndTheLinesOfAJavaModels() {
        CompareRun run = CompareRun.with(realScripts(), "gather", "--scale", "0.05",
                "--model", "virtual-threads", "--model", "asyncio", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode runs = LessonJson.MAPPER.readTree(run.out()).get("runs");
        assertThat(runs.size()).isEqualTo(2);
        JsonNode java = runs.get(0);
        JsonNode python = runs.get(1);
        assertThat(python.get("model").asString()).isEqualTo("asyncio");
        assertThat(python.propertyNames()).containsExactlyElementsOf(java.propertyNames());
        assertThat(python.get("events").get(0).propertyNames()).containsExactlyElementsOf(java.get("events").get(0).propertyNames());
        assertThat(python.get("idealMillis").asDouble()).isEqualTo(java.get("idealMillis").asDouble()).isEqualTo(150.0);
        assertThat(python.get("wallMillis").asDouble()).isGreaterThanOrEqualTo(150.0);
        assertThat(python.get("error").isNull()).isTrue();
        assertThat(python.get("result").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(Lesson.GATHER_TASKS.stream().map(Task::result).toList());
        // The same lines; only the time that "All tasks finished in" reports may differ.
        assertThat(linesBut(python, ALL_FINISHED)).containsExactlyInAnyOrderElementsOf(linesBut(java, ALL_FINISHED));
    }

    @Test
    void cpuBoundShowsAsyncioRunsBesideTheJavaOnesInOneReport() {
        CompareRun run = CompareRun.with(realScripts(), "cpu-bound", "--scale", "0.2", "--model", "reactor",
                "--model", "asyncio", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = LessonJson.MAPPER.readTree(run.out());
        assertThat(report.get("runs").valueStream().map(r -> r.get("model").asString() + " " + r.get("variant").asString()))
                .containsExactly("reactor blocked", "reactor fixed", "asyncio blocked", "asyncio blocked-yield",
                        "asyncio fixed", "asyncio-process-pool fixed");
        assertThat(report.get("java").asString()).contains(Runtime.version().toString(), "; CPython 3.");
    }

    @Test
    void theInterpreterChosenHasAiohttpWhereAnyCandidateHasIt() {
        assumeThat(System.getenv(AsyncioScripts.PYTHON_VARIABLE)).as("no interpreter named by the environment").isNull();
        Predicate<String> hasAiohttp = python -> ChildProcess.of(List.of(python, "-c", "import aiohttp"))
                .run(Duration.ofSeconds(30)) instanceof ChildProcess.Exited(int status, String out, String err) && status == 0;

        String chosen = AsyncioPython.choose();

        assertThat(AsyncioPython.CANDIDATES).contains(chosen);
        if (AsyncioPython.CANDIDATES.stream().anyMatch(hasAiohttp)) {
            assertThat(chosen).matches(hasAiohttp, "imports aiohttp");
        }
    }

    @Test
    void theScriptsAreFoundBesideTheBenchModule() {
        assertThat(AsyncioScripts.locate().folder().resolve("lesson.py")).isRegularFile();
    }

    @Test
    void withoutPythonAloneItIsSkippedWithTheReasonAndNothingRan() {
        String python = scratch.resolve("python3").toString();
        CompareRun run = CompareRun.with(scripts(realFolder(), python, SLACK), "greet", "--scale", "0.01", "--model", "asyncio");

        assertThat(run.exitCode()).isEqualTo(Compare.NOTHING_RAN);
        assertThat(run.outLines()).anyMatch(line -> line.matches("asyncio +greet +skipped +10\\.0 ms"));
        assertThat(run.errLines()).containsExactly(
                "compare: asyncio skipped greet: no " + python + " found (set ASYNCIO_PYTHON)");
    }

    @Test
    void withoutPythonBesideAJavaModelTheCommandSucceedsAndTheJsonSaysSkipped() {
        String python = scratch.resolve("python3").toString();
        CompareRun run = CompareRun.with(scripts(realFolder(), python, SLACK), "greet", "--scale", "0.01",
                "--model", "reactor", "--model", "asyncio", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode skipped = LessonJson.MAPPER.readTree(run.out()).get("runs").get(1);
        assertThat(skipped.get("model").asString()).isEqualTo("asyncio");
        assertThat(skipped.get("error").asString()).isEqualTo("skipped: no " + python + " found (set ASYNCIO_PYTHON)");
        assertThat(skipped.get("wallMillis").isNull()).isTrue();
        assertThat(skipped.get("idealMillis").asDouble()).isEqualTo(10.0);
        assertThat(run.errLines()).singleElement().asString().startsWith("compare: asyncio skipped greet: ");
    }

    @Test
    void aPythonOlderThan311IsSkippedNamingItsVersion() throws IOException {
        Path python = executable("python3", """
                #!/bin/sh
                echo 3.9.2
                exit 1
                """);
        CompareRun run = CompareRun.with(scripts(realFolder(), python.toString(), SLACK), "cpu-bound", "--model", "asyncio");

        assertThat(run.exitCode()).isEqualTo(Compare.NOTHING_RAN);
        assertThat(run.errLines()).containsExactly("compare: asyncio skipped cpu-bound: " + python
                + " is Python 3.9.2; the asyncio scripts need 3.11 or newer");
    }

    @Test
    void aScriptThatSkipsIsReportedWithItsReasonAndGetsTheStubsUrlAndTheLoop() throws IOException {
        Path arguments = scratch.resolve("arguments.txt");
        fakeLesson("""
                import json, sys
                open(%s, "w").write(" ".join(sys.argv[1:]))
                print(json.dumps({"scale": 1.0, "baseUrl": None, "runs": [{"model": "asyncio-uvloop", "scenario": "http",
                    "wallMillis": None, "idealMillis": None, "result": None, "events": [],
                    "error": "skipped: aiohttp is not importable (a fake)"}]}))
                print("lesson.py: asyncio-uvloop skipped http: aiohttp is not importable (a fake)", file=sys.stderr)
                sys.exit(3)
                """.formatted(pythonString(arguments)));
        CompareRun run = CompareRun.with(scripts(scratch, realPython(), SLACK), "http",
                "--model", "completable-future", "--model", "asyncio-uvloop", "--timeout", "2500ms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.matches("asyncio-uvloop +http +skipped +0\\.0 ms"));
        assertThat(run.errLines()).containsExactly("compare: asyncio-uvloop skipped http: aiohttp is not importable (a fake)");
        assertThat(Files.readString(arguments))
                .matches("http --json --loop uvloop --scale 1\\.0 --base-url http://127\\.0\\.0\\.1:\\d+/ --timeout 2\\.5");
    }

    @Test
    void aRunThatFailsInPythonFailsTheCommandWithPythonsError() throws IOException {
        fakeLesson("""
                import json, sys
                print(json.dumps({"scale": 0.01, "baseUrl": None, "runs": [{"model": "asyncio", "scenario": "fetch",
                    "wallMillis": 3.5, "idealMillis": 20.0, "result": None,
                    "events": [{"atMillis": 0, "line": "Fetching data...", "thread": "Task-1"}],
                    "error": "RuntimeError: a fake failure"}]}))
                sys.exit(1)
                """);
        CompareRun run = CompareRun.with(scripts(scratch, realPython(), SLACK), "fetch", "--scale", "0.01", "--model", "asyncio");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(line -> line.matches("asyncio +\\+0 ms  Task-1 +Fetching data\\.\\.\\."))
                .anyMatch(line -> line.matches("asyncio +fetch +failed +20\\.0 ms"));
        assertThat(run.errLines()).containsExactly("compare: asyncio failed fetch: RuntimeError: a fake failure");
    }

    @Test
    void aScriptRunningPastItsBoundIsKilledAndTheRunFails() throws IOException {
        Path pidFile = scratch.resolve("pid.txt");
        fakeLesson("""
                import os, time
                open(%s, "w").write(str(os.getpid()))
                time.sleep(600)
                """.formatted(pythonString(pidFile)));
        CompareRun run = CompareRun.with(scripts(scratch, realPython(), SHORT_SLACK), "greet", "--scale", "0.01",
                "--model", "asyncio");

        assertThat(run.exitCode()).isEqualTo(1);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(run.errLines()).containsExactly(
                "compare: asyncio failed greet: lesson.py greet did not finish within 1010 ms; killed it (pid " + pid + ")");
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), alive -> !alive);
    }

    @Test
    void theDefaultModelsStayTheFourJavaOnesAndTheHelpNamesAsyncio() {
        assertThat(ModelNames.defaults()).doesNotContainAnyElementsOf(AsyncioScripts.models());
        for (String command : List.of("--help", "gather --help", "http --help", "cpu-bound --help")) {
            assertThat(CompareRun.of(command.split(" ")).out()).as(command).contains("--model asyncio");
        }
    }

    /** The repository's scripts with the interpreter of this machine; skips the test where it cannot run them. */
    private static AsyncioScripts realScripts() {
        AsyncioScripts located = AsyncioScripts.locate();
        Optional<String> unavailable = located.unavailable();
        assumeThat(unavailable).as("Python 3.11+ runs the asyncio scripts: %s", unavailable.orElse("")).isEmpty();
        return located;
    }

    private static Path realFolder() {
        return AsyncioScripts.locate().folder();
    }

    private static String realPython() {
        return realScripts().python();
    }

    private static AsyncioScripts scripts(Path folder, String python, Duration slack) {
        return new AsyncioScripts(folder, python, slack);
    }

    /** A lesson.py in the scratch folder with {@code source} as its code. */
    private void fakeLesson(String source) throws IOException {
        Files.writeString(scratch.resolve("lesson.py"), source);
    }

    private Path executable(String name, String source) throws IOException {
        Path file = Files.writeString(scratch.resolve(name), source);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /** {@code path} as a Python string literal. */
    private static String pythonString(Path path) {
        return LessonJson.MAPPER.writeValueAsString(path.toString());
    }

    private static List<String> linesBut(JsonNode run, String prefix) {
        return run.get("events").valueStream().map(event -> event.get("line").asString())
                .filter(line -> !line.startsWith(prefix)).toList();
    }
}
