package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.AsyncioPython;
import dev.vtvsreactive.bench.ChildProcess;
import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.report.BenchmarkReport;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare asyncio-baseline}: the build's step that measures the lesson's own asyncio code
 * beside the Java models. Runs {@code asyncio/bench.sh} (which finds a Python 3.11+ or records why
 * there is none) against the suite's jsonplaceholder stub, served from this JVM on the JDK that ran
 * the Java benchmarks, so that Python's HTTP rows hit the same server the Java ones did.
 *
 * <p>Never fails for Python's sake: a missing interpreter is a skip that bench.sh writes down, a
 * failed row is listed in {@value #ENVIRONMENT} and the report shows it, and a run past the timeout
 * is killed, with what it started, and recorded as skipped. Exits 2 on bad usage only.
 */
@Command(name = "asyncio-baseline", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class,
        sortOptions = false,
        description = {
            "Measures the lesson's own asyncio code beside the Java benchmarks: runs",
            "asyncio/bench.sh against the suite's stub, served from this JVM, and",
            "leaves its asyncio-*.json in DIR for ./compare report. Never fails for",
            "Python's sake: a missing interpreter, a failed row or a run past the",
            "timeout is recorded in " + AsyncioBaselineCommand.ENVIRONMENT + " and the report says so.",
            "What follows -- goes to bench.py."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare asyncio-baseline --out-dir target/report -- --quick",
            "  ./compare asyncio-baseline --out-dir runs --timeout 1h -- --rigorous --fanout-n 1000,10000"
        })
final class AsyncioBaselineCommand implements Callable<Integer> {

    /** What bench.sh writes about the interpreter it ran, and the rows that were skipped or failed. */
    static final String ENVIRONMENT = "asyncio-environment.json";

    private static final String SCRIPT = "bench.sh";

    @Spec
    CommandSpec spec;

    @Option(names = "--script", paramLabel = "FILE",
            description = "The asyncio baseline's script (default: " + SCRIPT + " in the asyncio/ folder ./compare finds).")
    Path script;

    @Option(names = "--out-dir", paramLabel = "DIR", required = true,
            description = "Where bench.sh writes its asyncio-*.json: beside JMH's results.json, for the report.")
    Path outDir;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "900s", converter = Converters.Timeout.class,
            description = "How long bench.sh may run before it is killed and recorded as skipped, such as 900s or 1h "
                    + "(default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Parameters(paramLabel = "BENCH_OPTION", description = "Options for bench.py, after --: --quick or --rigorous, "
            + "--http-latencies, --fanout-n.")
    List<String> options = new ArrayList<>();

    private final Supplier<AsyncioScripts> asyncioScripts;

    /** @param asyncioScripts where the lesson's Python code is, asked for only when no {@code --script} is given */
    AsyncioBaselineCommand(Supplier<AsyncioScripts> asyncioScripts) {
        this.asyncioScripts = asyncioScripts;
    }

    @Override
    public Integer call() throws IOException {
        run(script != null ? script : asyncioScripts.get().folder().resolve(SCRIPT), outDir, timeout, options,
                spec.commandLine().getOut());
        return 0;
    }

    /**
     * Runs {@code script} with {@code --out-dir outDir --http-base-url <a stub of its own>} and
     * {@code options}, its output shown as it comes, waiting at most {@code timeout}; what an
     * earlier run left in {@code outDir} is deleted first. The script runs the interpreter
     * {@link AsyncioPython#choose()} chooses, named to it in {@value AsyncioScripts#PYTHON_VARIABLE}.
     *
     * @param out where this step says what it runs and how that ended
     * @return the script's exit status, or empty if it was killed at the timeout or could not be
     *         started (recorded as skipped)
     */
    static Optional<Integer> run(Path script, Path outDir, Duration timeout, List<String> options, PrintWriter out)
            throws IOException {
        Files.createDirectories(outDir);
        // A file of an earlier run would pass for this run's if this one skips or fails before writing it.
        deleteEarlierResults(outDir);
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start()) {
            List<String> command = new ArrayList<>(List.of("sh", script.toString(), "--out-dir", outDir.toString(),
                    "--http-base-url", stub.baseUrl().toString()));
            command.addAll(options);
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put(AsyncioScripts.PYTHON_VARIABLE, AsyncioPython.choose());
            say(out, AsyncioScripts.PYTHON_VARIABLE + "=" + environment.get(AsyncioScripts.PYTHON_VARIABLE) + " "
                    + String.join(" ", command));
            return switch (ChildProcess.of(command).withEnvironment(environment).showingOutput().run(timeout)) {
                case Exited(int status, _, _) -> {
                    if (status != 0) {
                        say(out, script.getFileName() + " exited " + status + "; the rows that failed are listed in "
                                + outDir.resolve(ENVIRONMENT) + " and in the report");
                    }
                    yield Optional.of(status);
                }
                case Killed _ -> {
                    recordSkip(outDir, script.getFileName() + " did not finish within " + timeout.toSeconds()
                            + " s; it was killed", out);
                    yield Optional.empty();
                }
                case NotStarted(String reason) -> {
                    recordSkip(outDir, "sh could not be started: " + reason, out);
                    yield Optional.empty();
                }
            };
        }
    }

    /** The baseline's own files, never the ones other steps write beside them (asyncio's open-loop load). */
    private static void deleteEarlierResults(Path outDir) throws IOException {
        for (String name : BenchmarkReport.ASYNCIO_BASELINE_FILES) {
            Files.deleteIfExists(outDir.resolve(name));
        }
    }

    /** What bench.sh writes when it cannot run: the environment file, saying why every asyncio row is missing. */
    private static void recordSkip(Path outDir, String reason, PrintWriter out) throws IOException {
        deleteEarlierResults(outDir);
        say(out, "skipped: " + reason);
        Files.writeString(outDir.resolve(ENVIRONMENT), """
                {
                  "python": null,
                  "files": {},
                  "skipped": [{"what": "every asyncio row", "reason": "%s"}],
                  "failures": []
                }
                """.formatted(reason));
    }

    /** A line of this step's own, flushed at once so that it stands in order among the script's output. */
    private static void say(PrintWriter out, String line) {
        out.println("asyncio baseline: " + line);
        out.flush();
    }
}
