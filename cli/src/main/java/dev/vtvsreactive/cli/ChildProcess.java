package dev.vtvsreactive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process run to its end within a bound, its standard output and error kept; past the
 * bound it is killed, with every process it started.
 *
 * <p>Its output goes to temporary files rather than pipes, so that a child writing more than a
 * pipe holds cannot block while nobody reads, and no reader thread outlives a killed child.
 */
final class ChildProcess {

    /** How long a killed child may take to be reaped before the kill is reported as it stands. */
    private static final Duration REAP_BOUND = Duration.ofSeconds(5);

    /** How a child ended. */
    sealed interface Outcome {
        /** Its standard error so far (empty when it did not start). */
        String err();
    }

    /** It ended by itself with {@code status}. */
    record Exited(int status, String out, String err) implements Outcome {
    }

    /** It ran past {@code bound} and was killed, with its descendants. */
    record Killed(Duration bound, long pid, String err) implements Outcome {
        /** {@code <what> did not finish within <bound> ms; killed it (pid <pid>)}. */
        String describe(String what) {
            return what + " did not finish within " + bound.toMillis() + " ms; killed it (pid " + pid + ")";
        }
    }

    /** It could not be started: {@code reason} is the operating system's, such as no such file. */
    record NotStarted(String reason) implements Outcome {
        @Override
        public String err() {
            return "";
        }
    }

    /** {@code ": <last line>"} of a child's standard error, its error for Python; nothing when it said nothing. */
    static String saying(String err) {
        return err.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((first, second) -> second)
                .map(line -> ": " + line).orElse("");
    }

    private ChildProcess() {
    }

    /** Runs {@code command} in {@code directory} and waits for it at most {@code bound}. */
    static Outcome run(List<String> command, Path directory, Duration bound) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("compare-child-", ".out");
            err = Files.createTempFile("compare-child-", ".err");
            Process process;
            try {
                process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                return new NotStarted(e.getMessage());
            }
            if (!waitFor(process, command, bound)) {
                kill(process);
                return new Killed(bound, process.pid(), Files.readString(err));
            }
            return new Exited(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the output of " + command.getFirst(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static boolean waitFor(Process process, List<String> command, Duration bound) {
        try {
            return process.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.getFirst(), e);
        }
    }

    /** Kills the child's descendants first, so that none is left orphaned, then the child, and reaps it. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(REAP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the run's result matters more.
        }
    }
}
