package dev.vtvsreactive.cli;

import dev.vtvsreactive.report.AsyncioFanOut;
import dev.vtvsreactive.report.FanOutResults;
import dev.vtvsreactive.bench.fanout.FanOutExperiment;
import dev.vtvsreactive.bench.fanout.FanOutPlan;
import dev.vtvsreactive.bench.fanout.FanOutReport;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code compare fanout}: the lesson's gather scaled up. Runs {@link FanOutExperiment} for the
 * chosen models, each (variant, N) in a fresh JVM, and prints the table of wall time against the
 * ideal, memory per waiting task and peaks, with the verdicts; asyncio's {@code fanout.py} beside
 * them when asked for; or, with {@code --json}, the Java sweep's JSON document only.
 */
@Command(name = "fanout", mixinStandardHelpOptions = true, versionProvider = Compare.Version.class, sortOptions = false,
        description = """
                The lesson's gather, scaled up: N tasks that each wait D, gathered, per model: its idiom and the \
                pitfalls engineers fall into (flatMap with concurrency N, a fixed pool of 200, a platform thread \
                per task), each (variant, N) in a fresh JVM. Prints wall time against the ideal, the heap and \
                thread memory each waiting task holds, the peaks, and the verdicts. A pitfall is labelled as \
                such: it is never the model's result.""",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare fanout --n 100000",
            "  ./compare fanout --n 1000,10000,100000,1000000 --variant idiom",
            "  ./compare fanout --n 10000 --model reactor --model asyncio",
            "  ./compare fanout --save runs/fan-out.json   # beside runs/results.json, for the report"
        })
final class FanOutCommand extends ExperimentCommand {

    /** Starting a task and its timer: about 30 µs in CPython on the 2-core machine here; room for a slower one. */
    private static final Duration ASYNCIO_START_PER_TASK = Duration.ofNanos(200_000);

    @Option(names = "--n", paramLabel = "N", split = ",", converter = Converters.Count.class,
            description = "How many tasks, comma-separated or repeated; 1_000 style allowed (default 1000,10000,100000).")
    List<Integer> tasks = new ArrayList<>(FanOutPlan.DEFAULT_TASKS);

    @Option(names = "--delay-ms", paramLabel = "D", defaultValue = "1000",
            description = "How long each task waits, in ms (default ${DEFAULT-VALUE}, the lesson's greet).")
    double waitMs;

    @Option(names = "--model", paramLabel = "NAME", converter = ModelName.class,
            description = "A model to run, repeatable: virtual-threads, reactor, rxjava, completable-future, "
                    + "or the lesson's own Python: asyncio, asyncio-uvloop (python3 or $ASYNCIO_PYTHON, 3.11+). "
                    + "Default: every Java model, in that order.")
    List<String> models = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "V", split = ",", converter = VariantConverter.class,
            description = "Only these variants: idiom, flatmap, fixed-pool-200, platform-thread-per-task "
                    + "(default: each model's idiom and its pitfalls, the pitfalls kept cheap).")
    List<FanOutVariant> variants = new ArrayList<>();

    @Option(names = "--warmups", paramLabel = "K", defaultValue = "1",
            description = "Untimed runs before the timed one, in the same JVM (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--pitfall-max-n", paramLabel = "N", converter = Converters.Count.class,
            description = "The largest N at which a pitfall nobody named runs (default 10000).")
    int pitfallMaxTasks = FanOutPlan.DEFAULT_PITFALL_MAX_TASKS;

    @Option(names = "--pitfall-budget-ms", paramLabel = "MS",
            description = "The longest a run of a pitfall nobody named may be expected to take (default 10000).")
    double pitfallBudgetMs = FanOutPlan.DEFAULT_PITFALL_BUDGET_MS;

    /** @param asyncioScripts the lesson's Python code, asked for only when an asyncio model is to run */
    FanOutCommand(Supplier<AsyncioScripts> asyncioScripts) {
        super(asyncioScripts);
    }

    @Override
    public Integer call() throws IOException {
        FanOutPlan plan = plan();
        Chosen chosen = Chosen.of(models);
        checkJsonIsJavaOnly(chosen, AsyncioFanOut.FILE);
        checkSaveFolder();
        Optional<AsyncioExperiment<AsyncioFanOut>> asyncio = asyncioExperiment(chosen, "fanout.py", AsyncioFanOut::parse);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<FanOutReport> java = Optional.empty();
        if (!chosen.java().isEmpty()) {
            // Progress goes where it does not mix with the JSON document.
            PrintWriter progress = json ? err : out;
            progress.println("Running " + String.join(", ", chosen.java()) + " at N = " + describe(plan.tasks())
                    + ", each (variant, N) in a fresh JVM...");
            progress.flush();
            java = Optional.of(FanOutExperiment.run(plan, chosen.java(), line -> {
                progress.println("  " + line);
                progress.flush();
            }));
        }
        AsyncioSide<AsyncioFanOut> asyncioRuns = chosen.asyncio().isEmpty()
                ? new AsyncioSide<>(Optional.empty(), false)
                : runAsyncio(chosen.asyncio(), asyncio.orElseThrow(), "fanout", "at N = " + describe(plan.tasks()),
                        model -> List.of("--n", describe(plan.tasks()), "--delay-ms", Double.toString(waitMs),
                                "--loop", AsyncioScripts.loop(model)), expected(plan), AsyncioFanOut::with);
        Optional<FanOutReport> sweep = java;
        return finish(java, java.isPresent() && !java.get().failed().isEmpty(), asyncioRuns, FanOutReport::toJson,
                AsyncioFanOut.FILE, AsyncioFanOut::toJson, () -> new FanOutResults(sweep, asyncioRuns.runs()).console());
    }

    /** The options as the experiment's plan, whose own checks make bad values usage errors in its words. */
    private FanOutPlan plan() {
        try {
            return new FanOutPlan(tasks, waitMs, warmups, variants, pitfallMaxTasks, pitfallBudgetMs,
                    FanOutPlan.DEFAULT_JVM_OPTIONS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What asyncio's runs should take: each N's wait, plus starting its tasks (fanout.py runs each N afresh). */
    private static Duration expected(FanOutPlan plan) {
        return plan.tasks().stream()
                .map(n -> Duration.ofNanos(Math.round(plan.waitMs() * 1e6)).plus(ASYNCIO_START_PER_TASK.multipliedBy(n)))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static String describe(List<Integer> tasks) {
        return tasks.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** {@code --model}: a model that has a fan-out. */
    static final class ModelName extends ModelConverter {
        ModelName() {
            super("fan-out");
        }
    }

    /** {@code --variant}: a variant by its name, e.g. {@code fixed-pool-200}. */
    static final class VariantConverter implements ITypeConverter<FanOutVariant> {
        @Override
        public FanOutVariant convert(String name) {
            try {
                return FanOutVariant.of(name);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
