package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import dev.vtvsreactive.stub.JsonPlaceholderStub.Stats;
import dev.vtvsreactive.stub.StubCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jsonplaceholder stub in a JVM of its own, so that the measured JVM holds only the client:
 * started with this JVM's {@code java} and class path ({@link StubCommand} on an ephemeral port),
 * ready once it has said where it serves, stopped and waited for on {@link #close}. Its counts
 * are read over HTTP ({@link JsonPlaceholderStub#STATS_PATH}).
 *
 * <p>Set the system property {@value #CPUS_PROPERTY} (e.g. {@code 3}, or {@code 2-3}) to run it
 * under {@code taskset -c} on those CPUs, and start the measured JVM on the others (e.g.
 * {@code taskset -c 0-1 java -jar benchmarks.jar -jvmArgsAppend -Dstub.cpus=2-3 Http}); unset, the
 * two share every CPU, as they do on a two-core machine, and {@link #placement} says so.
 */
public final class StubProcess implements AutoCloseable {

    /** The system property naming the CPUs the stub runs on. */
    public static final String CPUS_PROPERTY = "stub.cpus";

    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");
    private static final Duration START_BOUND = Duration.ofSeconds(30);
    private static final Duration STOP_BOUND = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration STATS_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path output;
    private final URI baseUrl;
    private final Optional<String> cpus;
    private final HttpClient statsClient = JdkHttp.newClient();

    private StubProcess(Process process, Path output, URI baseUrl, Optional<String> cpus) {
        this.process = process;
        this.output = output;
        this.baseUrl = baseUrl;
        this.cpus = cpus;
    }

    /** Starts a stub answering every GET after {@code latency}, on the CPUs {@value #CPUS_PROPERTY} names, if any. */
    public static StubProcess start(Duration latency) {
        return start(latency, Optional.ofNullable(System.getProperty(CPUS_PROPERTY)).filter(cpus -> !cpus.isBlank()));
    }

    /**
     * Starts a stub answering every GET after {@code latency}, on {@code cpus} where given, and waits
     * until it serves.
     *
     * @throws IllegalStateException naming what went wrong, with what the stub said, if it did not
     *                               serve within 30 s; nothing is left running
     */
    public static StubProcess start(Duration latency, Optional<String> cpus) {
        List<String> command = new ArrayList<>();
        cpus.ifPresent(set -> command.addAll(List.of("taskset", "-c", set)));
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StubCommand.class.getName(),
                "--port", "0", "--delay-ms", String.valueOf(latency.toMillis())));
        Path output;
        Process process;
        try {
            output = Files.createTempFile("stub-", ".out");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stub (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
        try {
            return new StubProcess(process, output, awaitServing(process, output), cpus);
        } catch (RuntimeException e) {
            stop(process);
            delete(output);
            throw e;
        }
    }

    /** Where it serves, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Its process id. */
    public long pid() {
        return process.pid();
    }

    /** Where it runs, for the environment of a report: its own JVM, and its CPUs or that it shares them. */
    public String placement() {
        return "the stub in its own JVM (pid " + pid() + "), "
                + cpus.map(set -> "on CPUs " + set + " (taskset)").orElse("sharing every CPU with the measured JVM");
    }

    /** What it counted since it started or was last {@linkplain #resetStats reset}. */
    public Stats stats() {
        return exchange(HttpRequest.newBuilder(statsUrl()).timeout(STATS_TIMEOUT).GET().build());
    }

    /** Resets its counts. */
    public void resetStats() {
        exchange(HttpRequest.newBuilder(statsUrl()).timeout(STATS_TIMEOUT).DELETE().build());
    }

    /** Stops it (SIGTERM: its shutdown hook closes the server), forcibly after 10 s, and waits until it is gone. */
    @Override
    public void close() {
        try {
            stop(process);
        } finally {
            statsClient.close();
            delete(output);
        }
    }

    private URI statsUrl() {
        return baseUrl.resolve(JsonPlaceholderStub.STATS_PATH);
    }

    private Stats exchange(HttpRequest request) {
        try {
            return JdkHttp.read(statsClient.send(request, HttpResponse.BodyHandlers.ofByteArray()), Stats.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the stub at " + baseUrl + " did not tell its counts: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the stub at " + baseUrl + " for its counts", e);
        }
    }

    private static URI awaitServing(Process process, Path output) {
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (true) {
            String said = read(output);
            Matcher serving = SERVING.matcher(said);
            if (serving.find()) {
                return URI.create(serving.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the stub exited with status " + process.exitValue() + " before serving: " + said.strip());
            }
            if (deadline - System.nanoTime() < 0) {
                throw new IllegalStateException("the stub did not serve within " + START_BOUND.toSeconds() + " s: " + said.strip());
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the stub to serve", e);
            }
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_BOUND.toNanos(), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(STOP_BOUND.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read what the stub said in " + output, e);
        }
    }

    private static void delete(Path output) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }
}
