package dev.vtvsreactive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./compare} launcher, run by bash as a user runs it, with a JDK 17 {@code java} first on
 * the PATH: it must find a JDK 25 by itself. It runs the test class path ({@code COMPARE_CLASSPATH}),
 * so that it tests this build's classes rather than a jar that may be stale or not built yet.
 */
@Timeout(120)
class LauncherTest {

    private static final Duration PROCESS_BOUND = Duration.ofSeconds(60);

    private static Path launcher;
    private static Path bash;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findBashAndTheLauncher() {
        bash = Stream.of("/bin/bash", "/usr/bin/bash").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeThat(bash).as("bash is needed to run ./compare").isNotNull();
        // Surefire runs in bench/; the launcher is at the repository's root.
        launcher = Path.of("").toAbsolutePath().getParent().resolve("compare");
        assertThat(launcher).isRegularFile();
    }

    @Test
    void findsAJdk25InTheUsualFoldersWhenPathsJavaIs17() throws Exception {
        Path testJdk = Path.of(System.getProperty("java.home"));
        assumeThat(List.of("/usr/lib/jvm", "/usr/java", "/opt/java")).as("the JDK running the tests is in a folder the launcher searches")
                .contains(String.valueOf(testJdk.getParent()));
        Path java17 = fakeJdk17();

        Exited version = run(Map.of("PATH", java17.resolve("bin") + ":/usr/bin:/bin"), "--version");

        assertThat(version.status()).as(version.err()).isZero();
        Matcher java = Pattern.compile("^Java (\\d+)", Pattern.MULTILINE).matcher(version.out());
        assertThat(java.find()).as(version.out()).isTrue();
        assertThat(Integer.parseInt(java.group(1))).isGreaterThanOrEqualTo(25);
    }

    @Test
    void prefersAJavaHomeOf25AndRunsAScenario() throws Exception {
        Path java17 = fakeJdk17();

        Exited gather = run(Map.of("PATH", java17.resolve("bin") + ":/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home")),
                "gather", "--scale", "0.01", "--model", "virtual-threads");

        assertThat(gather.status()).as(gather.err()).isZero();
        assertThat(gather.out()).contains("virtual-threads").contains("Results: ['Result from A', 'Result from B', 'Result from C']");
        assertThat(gather.out().lines()).anyMatch(line -> line.matches("virtual-threads +gather +\\d+\\.\\d ms +30\\.0 ms"));
    }

    @Test
    void asyncioFindsTheScriptsFromAnUnrelatedDirectoryAndTakesPythonFromAsyncioPython() throws Exception {
        Path python = scratch.resolve("no-such-python");

        Exited greet = run(Map.of("JAVA_HOME", System.getProperty("java.home"), "ASYNCIO_PYTHON", python.toString()),
                "greet", "--scale", "0.01", "--model", "asyncio");

        assertThat(greet.status()).as(greet.err()).isEqualTo(Compare.NOTHING_RAN);
        assertThat(greet.err().lines()).containsExactly("compare: asyncio skipped greet: no " + python + " found (set ASYNCIO_PYTHON)");
        assertThat(greet.out().lines()).anyMatch(line -> line.matches("asyncio +greet +skipped +10\\.0 ms"));
    }

    @Test
    void passesBenchArgumentsToJmhUntouched() throws Exception {
        Exited jmhHelp = run(Map.of("JAVA_HOME", System.getProperty("java.home")), "bench", "-h");

        assertThat(jmhHelp.status()).as(jmhHelp.err()).isZero();
        assertThat(jmhHelp.out()).contains("[regexp*]").contains("-wi <int>");
    }

    @Test
    void stubServesUntilSigtermThenStopsCleanly() throws Exception {
        Path out = scratch.resolve("stub.out");
        Process stub = start(Map.of("JAVA_HOME", System.getProperty("java.home")), out, "stub", "--port", "0", "--delay-ms", "5");
        try {
            Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
            URI baseUrl = await().atMost(PROCESS_BOUND).until(() -> find(serving, Files.readString(out)), Optional::isPresent)
                    .map(URI::create).orElseThrow();
            assertThat(Files.readString(out)).contains(baseUrl + "posts/1").contains(baseUrl + "comments/1");

            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> post = client.send(HttpRequest.newBuilder(baseUrl.resolve("posts/1")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).isEqualTo(200);
                assertThat(post.body()).contains("\"userId\":1");
            }

            stub.destroy();
            assertThat(stub.waitFor(PROCESS_BOUND.toSeconds(), TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(Files.readString(out)).contains("stub stopped");
        } finally {
            stub.destroyForcibly();
        }
    }

    /** A JDK 17 look-alike whose java must never be run: it fails loudly if it is. */
    private Path fakeJdk17() throws IOException {
        Path home = scratch.resolve("jdk-17");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'the launcher ran the JDK 17 java' >&2\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** Runs {@code ./compare args} to its end, as {@link #compare} sets it up; past the bound, kills it and fails. */
    private Exited run(Map<String, String> environment, String... args) {
        return switch (compare(environment, args).run(PROCESS_BOUND)) {
            case Exited exited -> exited;
            case Killed killed -> fail(killed.describe("./compare " + String.join(" ", args)));
            case NotStarted(String reason) -> fail("cannot start " + bash + ": " + reason);
        };
    }

    /** Starts {@code ./compare args} as {@link #compare} sets it up, and leaves it running: for a server to stop by a signal. */
    private Process start(Map<String, String> environment, Path out, String... args) throws IOException {
        ChildProcess compare = compare(environment, args);
        ProcessBuilder builder = new ProcessBuilder(compare.command()).directory(scratch.toFile());
        builder.environment().clear();
        builder.environment().putAll(compare.environment().orElseThrow());
        return builder.redirectOutput(out.toFile()).redirectErrorStream(true).start();
    }

    /**
     * {@code bash ./compare args} from an unrelated directory, without the caller's JAVA_HOME,
     * on this build's class path, with {@code environment} on top.
     */
    private ChildProcess compare(Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("JAVA_HOME");
        env.put("COMPARE_CLASSPATH", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        env.putAll(environment);
        return ChildProcess.of(Stream.concat(Stream.of(bash.toString(), launcher.toString()), Stream.of(args)).toList())
                .in(scratch).withEnvironment(env);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
