package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.StubProcess;
import dev.vtvsreactive.bench.load.LoadExperiment;
import dev.vtvsreactive.bench.load.LoadPlan;
import dev.vtvsreactive.bench.load.LoadReport;
import dev.vtvsreactive.report.AsyncioLoad;
import dev.vtvsreactive.report.LoadResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code compare load}: the lesson's GETs under an open-loop load. Runs {@link LoadExperiment} for
 * the chosen Java models against a stub in a JVM of its own (or the server {@code --base-url}
 * names), and the lesson's own Python ({@code asyncio/load.py}) against the same server when
 * asked; prints each model's latency percentiles, achieved rate and client cost at each offered
 * rate, the server's ceiling and the highest rate each model sustains; or, with {@code --json},
 * the Java sweep's JSON document only.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = """
                The lesson's GETs under an open-loop load: requests sent on a fixed schedule whatever the \
                completions, each model in its own idiom and its own JVM, the stub in another. Prints per model \
                and rate the rate achieved, the latency from each GET's scheduled start (p50 to max), errors, \
                the client's CPU time and bytes per GET and its peak threads; the server's ceiling as wrk \
                measures it; and the highest rate each model sustains: no error, p99 within twice the latency \
                (within 1 ms at --latency-ms 0, where only the clients' own cost is left).""",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare load",
            "  ./compare load --rates 1000,4000 --duration 5s --model reactor --model asyncio",
            "  ./compare load --latency-ms 50 --timeout 2s",
            "  ./compare load --latency-ms 0 --rates 2000,4000,8000,16000   # the clients' own ceilings",
            "  ./compare load --save runs/load.json   # beside runs/results.json, for the report"
        })
final class LoadCommand extends ExperimentCommand {

    @Option(names = "--rates", paramLabel = "R[,R...]", split = ",",
            description = "The rates offered, GETs a second, increasing (default 500,1000,2000,4000).")
    List<Integer> rates = new ArrayList<>(LoadPlan.DEFAULT_RATES);

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "10s", converter = Converters.LoadDuration.class,
            description = "How long each rate is offered (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "5s", converter = Converters.Warmup.class,
            description = "How long the lowest rate is offered first, unrecorded (default ${DEFAULT-VALUE}; 0s for none).")
    Duration warmup;

    @Option(names = "--latency-ms", paramLabel = "N", defaultValue = "10",
            description = "The stub's latency per GET, in ms (default ${DEFAULT-VALUE}); a sustained rate keeps p99 "
                    + "within twice it, or 1 ms at 0. With --base-url, the latency that server is expected to have.")
    long latencyMs;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.Timeout.class,
            description = "How long each GET may wait for its answer, such as 2s or 500ms (default 30s); connecting"
                    + " may take at most 5 s of it.")
    Duration timeout = Duration.ofMillis(LoadPlan.DEFAULT_TIMEOUT_MS);

    @Option(names = "--base-url", paramLabel = "URL", converter = Converters.BaseUrl.class,
            description = "A jsonplaceholder-compatible server to load instead of the stub, started elsewhere: "
                    + "only one you own, never a public API.")
    URI baseUrl;

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to run, repeatable: virtual-threads, reactor, rxjava, completable-future, "
                    + "or the lesson's own Python with aiohttp: asyncio, asyncio-uvloop. Default: every Java model.")
    List<String> models = new ArrayList<>();

    /** @param asyncioScripts the lesson's Python code, asked for only when an asyncio model is to run */
    LoadCommand(Supplier<AsyncioScripts> asyncioScripts) {
        super(asyncioScripts);
    }

    @Override
    public Integer call() throws IOException {
        LoadPlan plan = plan();
        Chosen chosen = Chosen.of(models);
        checkJsonIsJavaOnly(chosen, AsyncioLoad.FILE);
        checkSaveFolder();
        Optional<AsyncioExperiment<AsyncioLoad>> asyncio = asyncioExperiment(chosen, "load.py", AsyncioLoad::parse);
        if (baseUrl != null) {
            return load(plan, chosen, asyncio, baseUrl, "a server started elsewhere, at " + baseUrl);
        }
        try (StubProcess stub = StubProcess.start(Duration.ofMillis(plan.latencyMs()))) {
            return load(plan, chosen, asyncio, stub.baseUrl(), stub.placement());
        }
    }

    private int load(LoadPlan plan, Chosen chosen, Optional<AsyncioExperiment<AsyncioLoad>> asyncio, URI server,
                     String placement) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Progress goes where it does not mix with the JSON document.
        PrintWriter progress = json ? err : out;
        Optional<LoadReport> java = Optional.empty();
        if (!chosen.java().isEmpty()) {
            progress.println("Loading " + String.join(", ", chosen.java()) + " at " + plan.describe() + ", each model in a"
                    + " fresh JVM, " + placement + "...");
            progress.flush();
            java = Optional.of(LoadExperiment.run(plan, chosen.java(), server, placement, line -> {
                progress.println("  " + line);
                progress.flush();
            }));
        }
        AsyncioSide<AsyncioLoad> asyncioRuns = chosen.asyncio().isEmpty()
                ? new AsyncioSide<>(Optional.empty(), false)
                : runAsyncio(chosen.asyncio(), asyncio.orElseThrow(), "load", "at " + plan.describe(),
                        model -> arguments(plan, server, model), expected(plan), AsyncioLoad::with);
        Optional<LoadReport> sweep = java;
        return finish(java, java.isPresent() && !java.get().failed().isEmpty(), asyncioRuns, LoadReport::toJson,
                AsyncioLoad.FILE, AsyncioLoad::toJson, () -> new LoadResults(sweep, asyncioRuns.runs()).console());
    }

    /** The options as the experiment's plan, whose own checks make bad values usage errors in its words. */
    private LoadPlan plan() {
        try {
            return new LoadPlan(rates, duration.toMillis(), warmup.toMillis(), latencyMs, timeout.toMillis());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code load.py}'s arguments for {@code model}: the plan, the server whose latency is its own. */
    private static List<String> arguments(LoadPlan plan, URI server, String model) {
        return List.of("--base-url", server.toString(),
                "--rates", plan.rates().stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--duration-ms", String.valueOf(plan.durationMs()), "--warmup-ms", String.valueOf(plan.warmupMs()),
                "--timeout-ms", String.valueOf(plan.timeoutMs()), "--loop", AsyncioScripts.loop(model));
    }

    /** What asyncio's run should take: the warm-up and each rate, each ended by a GET that may time out. */
    private static Duration expected(LoadPlan plan) {
        return plan.childBound();
    }

    /** {@code --model}: a model that has an open-loop load. */
    static final class ModelName extends ModelConverter {
        ModelName() {
            super("load");
        }
    }
}
