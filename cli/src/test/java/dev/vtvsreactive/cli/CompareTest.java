package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.Task;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.stub.StubData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The scenario commands, driven in-process: what they print, their JSON and their exit codes. */
@Timeout(120)
class CompareTest {

    private static final List<String> GATHER_LINES = List.of(
            "Running concurrent tasks...",
            "Task A: Starting (delay=3s)",
            "Task B: Starting (delay=1s)",
            "Task C: Starting (delay=2s)",
            "Task B: Finished",
            "Task C: Finished",
            "Task A: Finished",
            "Results: ['Result from A', 'Result from B', 'Result from C']");

    @BeforeAll
    static void modelsAreOnTheClassPath() {
        assertThat(LessonModels.available()).containsAll(LessonModels.ORDER);
    }

    static List<String> models() {
        return LessonModels.available();
    }

    @ParameterizedTest
    @MethodSource("models")
    void gatherPrintsTheLessonLinesPrefixedByTheModelThenATableRow(String model) {
        CompareRun run = CompareRun.of("gather", "--scale", "0.01", "--model", model);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> said = run.outLines().stream().filter(line -> line.startsWith(model + " ")).toList();
        for (String line : GATHER_LINES) {
            assertThat(said).as("a line ending in: " + line)
                    .anyMatch(prefixed -> prefixed.matches("\\Q" + model + "\\E +\\+\\d+ ms  \\S+ +\\Q" + line + "\\E"));
        }
        assertThat(said).anyMatch(line -> line.matches(".*All tasks finished in \\d+\\.\\d\\d seconds\\."));
        assertThat(run.outLines()).anyMatch(line -> line.matches("\\Q" + model + "\\E +gather +\\d+\\.\\d ms +30\\.0 ms"));
    }

    @Test
    void jsonIsOneDocumentWithEachRunsEventsInOrderAndTheResultInInputOrder() {
        CompareRun run = CompareRun.of("gather", "--scale", "0.05", "--model", "reactor", "--model", "virtual-threads", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = LessonJson.MAPPER.readTree(run.out());
        assertThat(document.get("scale").asDouble()).isEqualTo(0.05);
        JsonNode runs = document.get("runs");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(List.of(runs.get(0).get("model").asString(), runs.get(1).get("model").asString()))
                .containsExactly("reactor", "virtual-threads");
        for (JsonNode gather : runs) {
            assertThat(gather.get("scenario").asString()).isEqualTo("gather");
            assertThat(gather.get("idealMillis").asDouble()).isEqualTo(150.0);
            assertThat(gather.get("wallMillis").asDouble()).isGreaterThanOrEqualTo(150.0);
            assertThat(gather.get("error").isNull()).isTrue();
            assertThat(strings(gather.get("result"))).containsExactlyElementsOf(Lesson.GATHER_TASKS.stream().map(Task::result).toList());

            List<String> lines = new ArrayList<>();
            long previousAt = 0;
            for (JsonNode event : gather.get("events")) {
                assertThat(event.get("atMillis").asLong()).isGreaterThanOrEqualTo(previousAt);
                assertThat(event.get("thread").asString()).isNotBlank();
                previousAt = event.get("atMillis").asLong();
                lines.add(event.get("line").asString());
            }
            assertThat(lines).hasSize(GATHER_LINES.size() + 1);
            assertThat(lines.getFirst()).isEqualTo(GATHER_LINES.getFirst());
            // The three tasks start together, in any order; they finish in the order of their delays.
            assertThat(lines.subList(1, 4)).containsExactlyInAnyOrderElementsOf(GATHER_LINES.subList(1, 4));
            assertThat(lines.subList(4, 7)).containsExactlyElementsOf(GATHER_LINES.subList(4, 7));
            assertThat(lines.getLast()).isEqualTo(GATHER_LINES.getLast());
        }
    }

    @Test
    void withoutModelItRunsTheSuitesFourInOrderButNoVariant() {
        CompareRun run = CompareRun.of("greet", "--scale", "0.01", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(LessonJson.MAPPER.readTree(run.out()).get("runs").valueStream().map(node -> node.get("model").asString()))
                .containsExactlyElementsOf(LessonModels.ORDER);
    }

    @Test
    void allRunsEveryScenarioInEachModelAndReturnsWhatTheLessonReturns() {
        CompareRun run = CompareRun.of("all", "--scale", "0.01", "--model", "completable-future", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode runs = LessonJson.MAPPER.readTree(run.out()).get("runs");
        assertThat(runs.valueStream().map(node -> node.get("scenario").asString()))
                .containsExactly("greet", "fetch", "gather", "http");
        assertThat(runs.get(0).get("result").isNull()).isTrue();
        assertThat(runs.get(0).get("idealMillis").asDouble()).isEqualTo(10.0);
        assertThat(runs.get(1).get("result").get("data").asString()).isEqualTo("Some important data");
        assertThat(runs.get(1).get("idealMillis").asDouble()).isEqualTo(20.0);
        assertThat(runs.get(3).get("result").get("post").get("title").asString()).isEqualTo(StubData.POST_1.title());
        assertThat(runs.get(3).get("result").get("comment").get("email").asString()).isEqualTo(StubData.COMMENT_1.email());
    }

    @Test
    void httpAgainstTheEmbeddedStubPrintsPostOneAndTheStubsLatencyAsIdeal() {
        CompareRun run = CompareRun.of("http", "--model", "virtual-threads", "--delay-ms", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("--- Data from Post 1 ---")
                .contains("'title': '" + StubData.POST_1.title() + "'")
                .contains("--- Data from Comment 1 ---")
                .contains("'email': '" + StubData.COMMENT_1.email() + "'");
        assertThat(run.outLines()).anyMatch(line -> line.matches("virtual-threads +http +\\d+\\.\\d ms +20\\.0 ms"));
    }

    @Test
    void aFailedRunIsMarkedInTheTableAndAnExternalServerHasNoIdeal() throws IOException {
        CompareRun run = CompareRun.of("http", "--model", "rxjava", "--base-url", closedPortUrl());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(line -> line.matches("rxjava +http +failed +—"));
    }

    @Test
    void jsonStaysOneDocumentWhenARunFails() throws IOException {
        String baseUrl = closedPortUrl();
        CompareRun run = CompareRun.of("http", "--model", "virtual-threads", "--base-url", baseUrl, "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode failed = LessonJson.MAPPER.readTree(run.out()).get("runs").get(0);
        assertThat(failed.get("error").asString()).startsWith("GET " + baseUrl).contains("connection refused");
        assertThat(failed.get("idealMillis").isNull()).isTrue();
        assertThat(failed.get("result").isNull()).isTrue();
        assertThat(run.errLines()).singleElement().asString().contains("virtual-threads", "connection refused");
    }

    @ParameterizedTest
    @MethodSource("models")
    void aRefusedConnectionFailsWithOneLineNamingModelUrlAndCause(String model) throws IOException {
        String baseUrl = closedPortUrl();
        CompareRun run = CompareRun.of("http", "--model", model, "--base-url", baseUrl);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("compare: " + model + " failed http: GET " + baseUrl)
                .contains("connection refused"));
    }

    @Test
    void aServerThatNeverAnswersFailsEveryModelWithinTheTimeoutItsUserSet() throws IOException {
        // Bound but never accepting: the kernel completes each connection, and nothing ever answers.
        try (ServerSocket silent = new ServerSocket(0, 100, InetAddress.getLoopbackAddress())) {
            String baseUrl = "http://127.0.0.1:" + silent.getLocalPort() + "/";
            long start = System.nanoTime();

            CompareRun run = CompareRun.of("http", "--base-url", baseUrl, "--timeout", "1s");

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).hasSize(LessonModels.ORDER.size()).allSatisfy(line -> assertThat(line)
                    .matches("compare: \\S+ failed http: GET " + Pattern.quote(baseUrl) + "\\S+: .*timed out.*"));
            // Each model one after another within its 1 s; the rest is generous room for a busy machine,
            // far below the default timeout's 30 s a model.
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        CompareRun run = CompareRun.of("http", "--model", "reactor", "--base-url", closedPortUrl(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().getFirst()).contains("connection refused");
        assertThat(run.err()).contains("\tat ");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("gather", "--model", "nope"),
                        "unknown model 'nope'; known models: virtual-threads, reactor, rxjava, completable-future,"
                                + " reactor-jdk-http, asyncio, asyncio-uvloop"),
                Arguments.of(List.of("gather", "--scale", "-1"), "scale must be a number from 0 (no waits) to 100"),
                Arguments.of(List.of("greet", "--scale", "fast"), "scale must be a number such as 0.01, was 'fast'"),
                Arguments.of(List.of("http", "--base-url", "localhost:8080"), "base URL must be an absolute http(s) URL"),
                Arguments.of(List.of("http", "--base-url", "http://127.0.0.1:9", "--delay-ms", "5"), "cannot go with --base-url"),
                Arguments.of(List.of("http", "--delay-ms", "-1"), "latency must be 0 to 60000 ms"),
                Arguments.of(List.of("http", "--timeout", "0s"), "a timeout is a positive whole number and a unit (ms, s, m or h),"
                        + " such as 900s or 1h, was '0s'"),
                Arguments.of(List.of("http", "--timeout", "soon"), "was 'soon'"),
                Arguments.of(List.of("gather", "--timeout", "1s"), "Unknown options: '--timeout'"),
                Arguments.of(List.of("gather", "--base-url", "http://127.0.0.1:9"), "Unknown options: '--base-url'"),
                Arguments.of(List.of("http", "--scale", "0.1"), "Unknown options: '--scale'"),
                Arguments.of(List.of("sleep"),
                        "unknown scenario or command 'sleep'; known: greet, fetch, gather, http, all, cpu-bound, fanout, load, stack-traces, thread-dumps, context-propagation, stub, bench, report"),
                Arguments.of(List.of("--scale", "0.1", "gather"), "Unknown options: '--scale'"),
                Arguments.of(List.of(), "Missing required subcommand"),
                Arguments.of(List.of("stub", "--port", "70000"), "port must be 0 (any free port) to 65535, was 70000"),
                Arguments.of(List.of("cpu-bound", "--model", "nope"),
                        "no CPU-bound experiment for model 'nope'; models that have one: virtual-threads, reactor, rxjava,"
                                + " completable-future, asyncio, asyncio-uvloop"),
                Arguments.of(List.of("cpu-bound", "--scale", "0.1"),
                        "at scale 0.1 the CPU work would last 50 ms, under the 100 ms (10 heartbeat periods) it needs to show"
                                + " whether the heartbeat ticks during it; use a scale of at least 0.2"),
                Arguments.of(List.of("cpu-bound", "--scale", "fast"), "scale must be a number such as 0.01, was 'fast'"),
                Arguments.of(List.of("cpu-bound", "--save", "/no/such/folder/cpu-bound.json"),
                        "cannot save to /no/such/folder/cpu-bound.json: no such folder /no/such/folder"),
                Arguments.of(List.of("cpu-bound", "--delay-ms", "5"), "Unknown options: '--delay-ms'"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void badUsageExitsTwoSayingWhatWasWrong(List<String> args, String reason) {
        CompareRun run = CompareRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(reason);
        assertThat(run.out()).isEmpty();
    }

    static Stream<String> commands() {
        return Compare.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelpWithExamples(String command) {
        CompareRun run = CompareRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: compare " + command).contains("Examples:");
    }

    @Test
    void helpAndVersion() {
        assertThat(CompareRun.of("--help").out()).startsWith("Usage: compare").contains("greet", "all", "cpu-bound", "stub", "bench", "report");
        CompareRun version = CompareRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("compare ").contains("Java " + Runtime.version());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** A URL on 127.0.0.1 where, a moment ago, a port was free: nothing listens there. */
    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }
}
