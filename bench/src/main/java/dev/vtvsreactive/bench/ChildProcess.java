package dev.vtvsreactive.bench;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process run to its end within a bound: the one way the suite starts a process, whether
 * an experiment's child JVM, the asyncio baseline's {@code bench.sh} or {@code ./compare}'s Python.
 *
 * <p>Its standard input is read from a temporary file holding {@code input}; its standard output
 * and error go to temporary files, or to this process's own when {@linkplain #showingOutput()
 * shown}. Never to a pipe: a child that writes more than a pipe holds cannot block while nobody
 * reads, nor one that reads less than it is given, and no thread is left pumping the pipe of a
 * killed child. The files are deleted once the child has ended.
 *
 * <p>Past its bound, or when the waiting thread is interrupted, the child is killed with every
 * process it started and waited for, at most ten seconds: nothing it started is left running.
 *
 * <pre>{@code
 * switch (ChildProcess.of(List.of("python3", "lesson.py", "greet")).in(folder).run(Duration.ofMinutes(1))) {
 *     case Exited(int status, String out, String err) -> ...
 *     case Killed killed -> ... killed.describe("lesson.py greet") ...
 *     case NotStarted(String reason) -> ...
 * }
 * }</pre>
 *
 * @param command     the program and its arguments
 * @param directory   where it runs; empty: where this process runs
 * @param environment its environment, whole; empty: this process's
 * @param input       what it reads on its standard input, as UTF-8
 * @param showsOutput whether its standard output and error go to this process's as they come,
 *                    rather than being kept for its {@link Exited outcome}
 */
public record ChildProcess(List<String> command, Optional<Path> directory, Optional<Map<String, String>> environment,
                           String input, boolean showsOutput) {

    /** How long a killed child and its descendants may take to be gone before the kill is reported as it stands. */
    private static final Duration REAP_BOUND = Duration.ofSeconds(10);

    public ChildProcess {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a child process needs a program to run");
        }
        Objects.requireNonNull(directory, "directory");
        environment = environment.map(Map::copyOf);
        Objects.requireNonNull(input, "input");
    }

    /** {@code command} run where this process runs, in its environment, with nothing on its standard input, its output kept. */
    public static ChildProcess of(List<String> command) {
        return new ChildProcess(command, Optional.empty(), Optional.empty(), "", false);
    }

    /** This child, run in {@code directory}. */
    public ChildProcess in(Path directory) {
        return new ChildProcess(command, Optional.of(directory), environment, input, showsOutput);
    }

    /** This child, with {@code environment} as its whole environment, rather than this process's. */
    public ChildProcess withEnvironment(Map<String, String> environment) {
        return new ChildProcess(command, directory, Optional.of(environment), input, showsOutput);
    }

    /** This child, reading {@code input} on its standard input. */
    public ChildProcess withInput(String input) {
        return new ChildProcess(command, directory, environment, input, showsOutput);
    }

    /** This child, its standard output and error shown on this process's as they come: for progress a user watches. */
    public ChildProcess showingOutput() {
        return new ChildProcess(command, directory, environment, input, true);
    }

    /** How a child ended. */
    public sealed interface Outcome {
    }

    /**
     * It ended by itself with {@code status}.
     *
     * @param out its standard output (empty when shown)
     * @param err its standard error (empty when shown)
     */
    public record Exited(int status, String out, String err) implements Outcome {
    }

    /**
     * It ran past {@code bound} and was killed, with its descendants.
     *
     * @param pid its process id
     * @param err its standard error until then (empty when shown)
     */
    public record Killed(Duration bound, long pid, String err) implements Outcome {

        /** {@code <what> did not finish within <bound> ms; killed it}. */
        public String describe(String what) {
            return what + " did not finish within " + bound.toMillis() + " ms; killed it";
        }

        /** {@link #describe}, with the pid it had, for a user who looks for it in a list of processes. */
        public String describeWithPid(String what) {
            return describe(what) + " (pid " + pid + ")";
        }
    }

    /** It could not be started: {@code reason} is the operating system's, such as no such file. */
    public record NotStarted(String reason) implements Outcome {
    }

    /**
     * Starts the child and waits for it at most {@code bound}; past it, kills it and its descendants.
     *
     * @throws CancellationException if this thread is interrupted while waiting; the child and its
     *                               descendants are killed, and the thread's interrupt status kept
     * @throws UncheckedIOException  if the temporary files cannot be written or read
     */
    public Outcome run(Duration bound) {
        try (Scratch scratch = new Scratch()) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(write(scratch.file("in"), input).toFile());
            directory.ifPresent(folder -> builder.directory(folder.toFile()));
            environment.ifPresent(variables -> {
                builder.environment().clear();
                builder.environment().putAll(variables);
            });
            Optional<Path> out = showsOutput ? Optional.empty() : Optional.of(scratch.file("out"));
            Optional<Path> err = showsOutput ? Optional.empty() : Optional.of(scratch.file("err"));
            builder.redirectOutput(redirectTo(out)).redirectError(redirectTo(err));
            Process child;
            try {
                child = builder.start();
            } catch (IOException e) {
                return new NotStarted(e.getMessage());
            }
            if (!awaitExit(child, bound)) {
                killTree(child);
                return new Killed(bound, child.pid(), read(err));
            }
            return new Exited(child.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the input and output of " + command.getFirst(), e);
        }
    }

    private boolean awaitExit(Process child, Duration bound) {
        try {
            return child.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            killTree(child);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + command.getFirst() + "; killed it");
        }
    }

    /**
     * Kills the child's descendants, then the child, and waits at most {@link #REAP_BOUND} for all of
     * them to be gone. Descendants first: once the child is gone they are no longer its descendants,
     * and could not be found. One may start another as it dies (a shell going on to its next
     * command), so they are looked for again until a look finds none not already killed.
     */
    private static void killTree(Process child) {
        long deadline = System.nanoTime() + REAP_BOUND.toNanos();
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        List<ProcessHandle> found;
        while (!(found = child.descendants().filter(descendant -> !killed.contains(descendant)).toList()).isEmpty()
                && deadline - System.nanoTime() > 0) {
            found.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(found);
        }
        child.destroyForcibly();
        List<ProcessHandle> tree = new ArrayList<>(killed);
        tree.add(child.toHandle());
        try {
            for (ProcessHandle process : tree) {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException | ExecutionException e) {
            // Past the bound: the kill is reported as it stands rather than waited for without end.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** To {@code file}, or to this process's own stream where there is none. */
    private static Redirect redirectTo(Optional<Path> file) {
        return file.map(path -> Redirect.to(path.toFile())).orElse(Redirect.INHERIT);
    }

    // java.io's streams rather than NIO's channels, which an interrupt closes: a thread interrupted
    // before the run, or while a killed child was reaped, still gets its outcome.

    private static Path write(Path file, String text) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String read(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return "";
        }
        try (InputStream in = new FileInputStream(file.get().toFile())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The temporary files of one run, deleted when it is over. */
    private static final class Scratch implements AutoCloseable {

        private final List<Path> files = new ArrayList<>();

        Path file(String suffix) throws IOException {
            Path file = Files.createTempFile("child-process-", "." + suffix);
            files.add(file);
            return file;
        }

        @Override
        public void close() {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind is harmless; the run's outcome matters more.
                }
            }
        }
    }
}
