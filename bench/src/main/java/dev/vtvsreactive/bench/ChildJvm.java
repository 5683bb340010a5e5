package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@code main} to run in a child JVM: the same {@code java} and class path as this JVM, started
 * with {@code options}, given {@code args}. An input is written as JSON to the child's standard
 * input and its result read back as JSON from its standard output. The wait for the child is
 * bounded; a child that outlives it is killed.
 *
 * <p>For what must be measured or configured in a fresh JVM: start-up options such as a
 * scheduler's parallelism or the heap size, or memory that a JVM which has already run other work
 * would blur.
 *
 * <pre>{@code
 * CpuBoundRun run = new ChildJvm(List.of("-Xmx1g"), ForkedRun.class, List.of("reactor", "blocked"))
 *         .run("reactor (blocked) in a child JVM", plan, CpuBoundRun.class, Duration.ofMinutes(1));
 * }</pre>
 *
 * @param options the JVM options, before the class name
 * @param main    the class whose {@code main} the child runs
 * @param args    the arguments of that {@code main}
 */
public record ChildJvm(List<String> options, Class<?> main, List<String> args) {

    /** A child JVM's start-up: time to add to the bound of the work it is started for. */
    public static final Duration START_UP = Duration.ofSeconds(30);

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final int STANDARD_ERROR_LINES = 30;

    public ChildJvm {
        options = List.copyOf(options);
        Objects.requireNonNull(main, "main");
        args = List.copyOf(args);
    }

    /**
     * Starts the child, writes {@code input} to it, waits at most {@code bound} and reads its result.
     *
     * @param what names the run in messages, e.g. {@code "reactor (blocked) in a child JVM"}
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the start of what it wrote to its standard error
     * @throws CancellationException  if this thread is interrupted while waiting; the child is killed
     */
    public <T> T run(String what, Object input, Class<T> resultType, Duration bound) {
        Path out = temporaryFile("out");
        Path err = temporaryFile("err");
        Process child = null;
        try {
            child = new ProcessBuilder(command()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = child.getOutputStream()) {
                LessonJson.MAPPER.writeValue(in, input);
            }
            if (!child.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LessonTimeoutException(what + " did not finish within " + bound.toMillis() + " ms; killed it");
            }
            if (child.exitValue() != 0) {
                throw new IllegalStateException(what + " failed with exit code " + child.exitValue() + ":\n" + head(err));
            }
            return LessonJson.MAPPER.readValue(out.toFile(), resultType);
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be run: " + e.getMessage() + "\n" + head(err), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(what + ": interrupted while waiting");
        } finally {
            if (child != null) {
                kill(child);
            }
            delete(out);
            delete(err);
        }
    }

    /** The options this JVM was started with: what a child reports of its own start-up. */
    public static List<String> startUpOptions() {
        return List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return command;
    }

    private static void kill(Process child) {
        if (child.isAlive()) {
            child.destroyForcibly();
            try {
                child.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first lines the child wrote to {@code file}: where an exception's message stands. */
    private static String head(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(STANDARD_ERROR_LINES).collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    private static Path temporaryFile(String suffix) {
        try {
            return Files.createTempFile("child-jvm-", "." + suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a temporary file for a child JVM's output", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover file in the temporary directory is harmless; the run's outcome matters more.
        }
    }
}
