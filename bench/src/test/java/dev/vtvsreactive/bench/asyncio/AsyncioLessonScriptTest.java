package dev.vtvsreactive.bench.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vtvsreactive.bench.AsyncioPython;
import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.PyRepr;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.bench.cpu.CpuBoundReport;
import dev.vtvsreactive.bench.cpu.CpuBoundRun;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import dev.vtvsreactive.bench.cpu.CpuWork;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.StubData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lesson's own asyncio code, {@code asyncio/} at the repository's root, held to the lines the
 * Java models are held to ({@code LessonContractTest}): each scenario is run with the interpreter
 * {@link AsyncioPython#choose()} picks, as {@code ./compare} does, through {@code asyncio/lesson.py
 * --json}, and its lines compared, in order, with the lesson's. The CPU-bound experiment's JSON must
 * read as the Java side's {@link CpuBoundReport}, and the scripts' own {@code unittest} suite must pass.
 *
 * <p>Skipped, with the reason, where no Python 3.11 or newer is found; the HTTP example is skipped
 * where aiohttp is not importable. Every run of a script is bounded and killed when it overruns.
 */
class AsyncioLessonScriptTest {

    /** 150 / 50 / 100 ms for gather's A / B / C, as in the Java contract test. */
    private static final TimeScale SCALE = new TimeScale(0.05);
    private static final Duration RUN_BOUND = Duration.ofSeconds(60);
    /** The scripts' unittest suite takes about 20 s on a busy 2-core machine. */
    private static final Duration UNIT_TESTS_BOUND = Duration.ofMinutes(4);
    /** lesson.py's exit status when a run was skipped because an optional package is missing. */
    private static final int SKIPPED = 3;

    private static Path root;
    private static String python;
    /** Why the scripts cannot run here, when they cannot. */
    private static Optional<String> noPython;

    @BeforeAll
    static void findPython() {
        root = repositoryRoot();
        python = AsyncioPython.choose();
        try {
            Exited version = run(RUN_BOUND, python, "-c", "import sys; print(sys.version_info >= (3, 11), sys.version.split()[0])");
            noPython = version.status() == 0 && version.out().startsWith("True")
                    ? Optional.empty()
                    : Optional.of("asyncio/ needs Python 3.11 or newer; " + python + " is " + version.out().strip() + version.err().strip());
        } catch (IOException e) {
            noPython = Optional.of("no Python to run asyncio/ with: '" + python + "' cannot be started (" + e.getMessage()
                    + "); install python3 3.11+ or set ASYNCIO_PYTHON");
        }
    }

    /** Skips each test, with the reason, where there is no Python to run the scripts (visible per test in the reports). */
    @BeforeEach
    void needPython() {
        assumeTrue(noPython.isEmpty(), () -> noPython.orElseThrow());
    }

    @Test
    void mainSinglePrintsTheLessonsLines() throws IOException {
        JsonNode run = lesson("greet");

        assertThat(lines(run)).containsExactly("Running single coroutine...", Lesson.hello("Alice"), "Single coroutine finished.");
        assertThat(run.get("model").asString()).isEqualTo("asyncio");
    }

    @Test
    void mainPrintsTheLessonsLinesAndReturnsTheData() throws IOException {
        JsonNode run = lesson("fetch");

        assertThat(lines(run)).containsExactly("Starting main...", Lesson.FETCHING, Lesson.FETCHED,
                "Received: " + PyRepr.repr(Lesson.DATA), "Main finished.");
        assertThat(LessonJson.MAPPER.convertValue(run.get("result"), Map.class)).isEqualTo(Lesson.DATA);
    }

    @Test
    void mainConcurrentStartsEveryTaskThenFinishesThemInDelayOrder() throws IOException {
        JsonNode run = lesson("gather");

        List<String> lines = lines(run);
        List<String> results = Lesson.GATHER_TASKS.stream().map(Task::result).toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.getFirst()).isEqualTo("Running concurrent tasks...");
        assertThat(lines.subList(1, 4)).containsExactlyInAnyOrderElementsOf(
                Lesson.GATHER_TASKS.stream().map(Task::starting).toList());
        assertThat(lines.subList(4, 7)).containsExactlyElementsOf(Lesson.GATHER_TASKS.stream()
                .sorted(Comparator.comparing(Task::delay)).map(Task::finished).toList());
        assertThat(lines.get(7)).matches("All tasks finished in 0\\.\\d\\d seconds\\.");
        assertThat(lines.get(8)).isEqualTo("Results: " + PyRepr.repr(results));
        assertThat(LessonJson.MAPPER.convertValue(run.get("result"), List.class)).isEqualTo(results);
    }

    @Test
    void gatherTakesAboutTheLongestDelayNotTheSum() throws IOException {
        List<JsonNode> events = events(lesson("gather"));

        long firstStartToLastFinish = events.get(6).get("atMillis").asLong() - events.get(1).get("atMillis").asLong();
        assertThat(firstStartToLastFinish)
                .isGreaterThanOrEqualTo(SCALE.of(Lesson.longest(Lesson.GATHER_TASKS)).toMillis() - 1)
                .isLessThan(SCALE.of(Duration.ofSeconds(3 + 1 + 2)).toMillis());
    }

    @Test
    void mainHttpExamplePrintsTheDictsAsPythonDoesWithBothGetsInFlight() throws IOException {
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start(0, Duration.ofMillis(300))) {
            Exited script = run(RUN_BOUND, python, script("lesson.py"), "http", "--json",
                    "--base-url", stub.baseUrl().toString());
            assumeTrue(script.status() != SKIPPED, () -> "the HTTP example was skipped: " + script.err().strip());

            assertThat(lines(onlyRun(script))).containsExactly(
                    "--- Data from Post 1 ---", pythonDict(StubData.POST_1), "",
                    "--- Data from Comment 1 ---", pythonDict(StubData.COMMENT_1));
            assertThat(stub.requests()).isEqualTo(2);
            assertThat(stub.maxInFlight()).as("requests in flight at once").isEqualTo(2);
        }
    }

    @Test
    void cpuBoundReportReadsAsTheJavaSidesAndItsCountIsTheSieves() throws IOException {
        Exited script = run(RUN_BOUND, python, script("cpubound.py"), "--scale", "0.2");
        assertThat(script.status()).as(script::err).isZero();

        CpuBoundReport report = LessonJson.MAPPER.readValue(script.out(), CpuBoundReport.class);

        assertThat(report.runs()).extracting(CpuBoundRun::model, CpuBoundRun::variant).containsExactly(
                tuple("asyncio", CpuBoundVariant.BLOCKED), tuple("asyncio", CpuBoundVariant.BLOCKED_YIELD),
                tuple("asyncio", CpuBoundVariant.FIXED), tuple("asyncio-process-pool", CpuBoundVariant.FIXED));
        CpuWork work = report.plan().work();
        assertThat(CpuWork.of(work.limit()).primes()).as("the Java sieve's count below %d", work.limit()).isEqualTo(work.primes());
        assertThat(report.runs()).allSatisfy(run -> assertThat(run.primes()).isEqualTo(work.primes()));
        CpuBoundRun blocked = report.runs().getFirst();
        assertThat(blocked.ticksDuringCpu()).as("heartbeat ticks while the loop computed").isZero();
        assertThat(blocked.replyMs()).isGreaterThanOrEqualTo(blocked.cpuMs().endMs());
    }

    @Test
    void theScriptsOwnUnitTestsPass() throws IOException {
        Exited tests = run(UNIT_TESTS_BOUND, python, "-m", "unittest", "discover", "-s", root.resolve("asyncio").toString());

        assertThat(tests.status()).as(() -> "python -m unittest failed:%n" + tests.err()).isZero();
        assertThat(tests.err()).contains("OK");
    }

    /** Runs {@code scenario} through lesson.py at {@link #SCALE} and returns its one run. */
    private static JsonNode lesson(String scenario) throws IOException {
        Exited script = run(RUN_BOUND, python, script("lesson.py"), scenario, "--json", "--scale", String.valueOf(SCALE.factor()));
        assertThat(script.status()).as(script::err).isZero();
        return onlyRun(script);
    }

    private static JsonNode onlyRun(Exited script) {
        JsonNode runs = LessonJson.MAPPER.readTree(script.out()).get("runs");
        assertThat(runs).as("runs of %s", script.out()).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.get("error").isNull()).as("the run failed: %s", run.get("error")).isTrue();
        return run;
    }

    private static List<JsonNode> events(JsonNode run) {
        return StreamSupport.stream(run.get("events").spliterator(), false).toList();
    }

    private static List<String> lines(JsonNode run) {
        return events(run).stream().map(event -> event.get("line").asString()).toList();
    }

    /** A record as the lesson prints it: Python's repr of the dict jsonplaceholder serves. */
    private static String pythonDict(Object record) {
        return PyRepr.repr(LessonJson.MAPPER.convertValue(record, Map.class));
    }

    private static String script(String name) {
        return root.resolve("asyncio").resolve(name).toString();
    }

    /** The first folder at or above the working directory (Surefire's is the module's) that holds asyncio/lesson.py. */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("asyncio").resolve("lesson.py"))) {
                return folder;
            }
        }
        return fail("no asyncio/lesson.py in " + start + " or any folder above it");
    }

    /**
     * Runs {@code command} from the repository's root, waiting at most {@code bound}; a process
     * still running then is killed, with what it started, and the test fails.
     *
     * @throws IOException if the command cannot be started
     */
    private static Exited run(Duration bound, String... command) throws IOException {
        return switch (ChildProcess.of(List.of(command)).in(root).run(bound)) {
            case Exited exited -> exited;
            case Killed killed -> fail(killed.describe(String.join(" ", command)));
            case NotStarted(String reason) -> throw new IOException(reason);
        };
    }
}
