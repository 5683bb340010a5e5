package dev.vtvsreactive.bench;

import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's step that measures the lesson's own asyncio code beside the Java models: runs
 * {@code asyncio/bench.sh} (which finds a Python 3.11+ or records why there is none) against the
 * suite's jsonplaceholder stub, served from this JVM on the JDK that ran the Java benchmarks, so
 * that Python's HTTP rows hit the same server the Java ones did.
 *
 * <pre>{@code java -cp benchmarks.jar dev.vtvsreactive.bench.AsyncioBaseline <bench.sh> <out-dir> <timeout-s> [bench.py options...]}</pre>
 *
 * <p>Never fails the build for Python's sake: a missing interpreter is a skip that bench.sh writes
 * down, a failed row is listed in {@code asyncio-environment.json} and the report shows it, and a
 * run past the timeout is killed and recorded as skipped. Exits 2 on bad usage only.
 */
public final class AsyncioBaseline {

    static final String ENVIRONMENT = "asyncio-environment.json";

    private static final String USAGE = "usage: AsyncioBaseline <bench.sh> <out-dir> <timeout-seconds> [bench.py options...]";
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private AsyncioBaseline() {
    }

    public static void main(String... args) throws IOException, InterruptedException {
        if (args.length < 3 || !args[2].matches("[1-9][0-9]*")) {
            System.err.println("asyncio baseline: " + USAGE);
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]), Duration.ofSeconds(Long.parseLong(args[2])),
                List.of(args).subList(3, args.length));
    }

    /**
     * Runs {@code script} with {@code --out-dir outDir --http-base-url <a stub of its own>} and
     * {@code options}, waiting at most {@code timeout}; what an earlier run left in {@code outDir}
     * is deleted first.
     *
     * @return the script's exit status, or empty if it was killed at the timeout (recorded as skipped)
     */
    static Optional<Integer> run(Path script, Path outDir, Duration timeout, List<String> options)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        // A file of an earlier run would pass for this run's if this one skips or fails before writing it.
        deleteEarlierResults(outDir);
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start()) {
            List<String> command = new ArrayList<>(List.of("sh", script.toString(), "--out-dir", outDir.toString(),
                    "--http-base-url", stub.baseUrl().toString()));
            command.addAll(options);
            System.out.println("asyncio baseline: " + String.join(" ", command));
            Process bench = new ProcessBuilder(command).inheritIO().start();
            if (!bench.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(bench);
                recordSkip(outDir, script.getFileName() + " did not finish within " + timeout.toSeconds() + " s; it was killed");
                return Optional.empty();
            }
            if (bench.exitValue() != 0) {
                System.out.println("asyncio baseline: " + script.getFileName() + " exited " + bench.exitValue()
                        + "; the rows that failed are listed in " + outDir.resolve(ENVIRONMENT) + " and in the report");
            }
            return Optional.of(bench.exitValue());
        }
    }

    private static void deleteEarlierResults(Path outDir) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("asyncio-.*\\.json")).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Kills bench.sh and the interpreters it started, waiting a bounded time for them to go. */
    private static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(KILL_WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** What bench.sh writes when it cannot run: the environment file, saying why every asyncio row is missing. */
    private static void recordSkip(Path outDir, String reason) throws IOException {
        deleteEarlierResults(outDir);
        System.out.println("asyncio baseline: skipped: " + reason);
        Files.writeString(outDir.resolve(ENVIRONMENT), """
                {
                  "python": null,
                  "files": {},
                  "skipped": [{"what": "every asyncio row", "reason": "%s"}],
                  "failures": []
                }
                """.formatted(reason));
    }
}
