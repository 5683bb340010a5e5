package dev.vtvsreactive.lesson.cpu;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of the experiment in a child JVM started with the model's {@link CpuBoundFactory#jvmOptions()
 * options}: the same {@code java} and class path as this JVM, the plan written to the child's
 * standard input, the run read back as JSON from its standard output. The wait for the child is
 * bounded; a child that outlives it is killed.
 *
 * <p>{@link #main} is the child's side; it is not meant to be run by hand.
 */
public final class ForkedRun {

    /** A child JVM's start-up, on top of its run's own bound. */
    private static final Duration START_UP = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private ForkedRun() {
    }

    /** How long the parent waits for a child running {@code plan}. */
    static Duration bound(CpuBoundPlan plan) {
        return plan.waitBound().plus(START_UP);
    }

    /**
     * Runs {@code variant} of the factory's model in a child JVM, waiting at most {@code bound}.
     *
     * @throws LessonTimeoutException if the child is still running after {@code bound}; it is killed
     * @throws IllegalStateException  if the child fails, with the end of what it wrote to its standard error
     */
    static CpuBoundRun run(CpuBoundFactory factory, CpuBoundVariant variant, CpuBoundPlan plan, Duration bound) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(factory.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ForkedRun.class.getName(),
                factory.name(), variant.label()));
        String what = factory.name() + " (" + variant + ") in a child JVM";
        Path out = temporaryFile("out");
        Path err = temporaryFile("err");
        Process child = null;
        try {
            child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = child.getOutputStream()) {
                LessonJson.MAPPER.writeValue(in, plan);
            }
            if (!child.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LessonTimeoutException(what + " did not finish within " + bound.toMillis() + " ms; killed it");
            }
            if (child.exitValue() != 0) {
                throw new IllegalStateException(what + " failed with exit code " + child.exitValue() + ":\n" + head(err));
            }
            return LessonJson.MAPPER.readValue(out.toFile(), CpuBoundRun.class);
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

    /**
     * The child: runs the model named by {@code args[0]}, variant {@code args[1]}, following the
     * plan read as JSON from standard input, and prints the run as JSON on standard output.
     */
    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ForkedRun MODEL VARIANT < plan.json");
        }
        CpuBoundFactory factory = CpuBoundExperiment.factory(args[0]);
        CpuBoundVariant variant = CpuBoundVariant.of(args[1]);
        CpuBoundPlan plan = LessonJson.MAPPER.readValue(System.in, CpuBoundPlan.class);
        CpuBoundRun run = CpuBoundExperiment.runHere(factory, variant, plan, thisJvm());
        System.out.println(LessonJson.MAPPER.writeValueAsString(run));
    }

    /** This JVM, with the system properties its start-up options set, read back. */
    private static CpuBoundRun.Jvm thisJvm() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-D")) {
                String name = option.substring(2).split("=", 2)[0];
                properties.put(name, String.valueOf(System.getProperty(name)));
            }
        }
        return new CpuBoundRun.Jvm(ProcessHandle.current().pid(), true, properties);
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
            return lines.limit(30).collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    private static Path temporaryFile(String suffix) {
        try {
            return Files.createTempFile("cpu-bound-", "." + suffix);
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
