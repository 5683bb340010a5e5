package dev.vtvsreactive.bench.load;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.StubProcess;
import dev.vtvsreactive.bench.load.LoadHarness.Input;
import dev.vtvsreactive.bench.load.LoadHarness.ModelRuns;
import dev.vtvsreactive.bench.load.LoadReport.Ceiling;
import dev.vtvsreactive.bench.load.LoadReport.NotRun;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The lesson's GETs under an open-loop load: what latency does each model give at 500, 1,000 or
 * 4,000 requests a second, and which rate does it sustain? The stub runs in a JVM of its own,
 * answering after the plan's latency (or any server a user names); wrk measures its ceiling
 * first, which also warms it up; then each model runs in a fresh child JVM that holds only its client ({@link LoadHarness}),
 * offered each rate on a fixed schedule, each GET's latency counted from when it was due.
 *
 * <pre>{@code
 * LoadReport report = LoadExperiment.run(new LoadPlan(List.of(500, 1_000), 10_000, 5_000, 10, 5_000), List.of("reactor"));
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class LoadExperiment {

    /** A heap fixed for every model's JVM, ample for thousands of GETs in flight. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "--enable-native-access=ALL-UNNAMED");

    private LoadExperiment() {
    }

    /** {@link #run(LoadPlan, List, Consumer)}, telling no one about its progress. */
    public static LoadReport run(LoadPlan plan, List<String> models) {
        return run(plan, models, line -> {
        });
    }

    /**
     * Runs the plan for every model of {@code models}, in that order, against a stub started for
     * it in a JVM of its own and stopped afterwards.
     *
     * @throws IllegalArgumentException naming an unknown model
     * @throws IllegalStateException    if the stub cannot be started
     * @see #run(LoadPlan, List, URI, String, Consumer)
     */
    public static LoadReport run(LoadPlan plan, List<String> models, Consumer<String> progress) {
        models.forEach(LessonModels::plugin);
        try (StubProcess stub = StubProcess.start(Duration.ofMillis(plan.latencyMs()))) {
            return run(plan, models, stub.baseUrl(), stub.placement(), progress);
        }
    }

    /**
     * Runs the plan for every model of {@code models}, in that order, each in a child JVM of its
     * own, against the server at {@code baseUrl}, whose ceiling wrk measures first; a model that
     * fails or does not finish is reported as not run, with why.
     *
     * @param server   where the server runs, for the report: e.g. {@link StubProcess#placement()}
     * @param progress told of the ceiling and of each model's runs as they come, one line each
     * @throws IllegalArgumentException naming an unknown model
     */
    public static LoadReport run(LoadPlan plan, List<String> models, URI baseUrl, String server, Consumer<String> progress) {
        models.forEach(LessonModels::plugin);
        List<LoadRun> runs = new ArrayList<>();
        List<NotRun> failed = new ArrayList<>();
        Ceiling ceiling = WrkCeiling.measure(baseUrl, plan);
        progress.accept(ceiling.requestsPerSecond() == null
                ? "server ceiling not measured: " + ceiling.skipped()
                : String.format(Locale.ROOT, "server ceiling: %.0f GETs/s (%s)", ceiling.requestsPerSecond(), ceiling.command()));
        for (String model : models) {
            try {
                List<LoadRun> modelRuns = new ChildJvm(JVM_OPTIONS, LoadHarness.class, List.of(model))
                        .run(model + " under load in a child JVM", new Input(plan, baseUrl), ModelRuns.class, plan.childBound())
                        .runs();
                runs.addAll(modelRuns);
                modelRuns.forEach(run -> progress.accept(describe(run, plan)));
            } catch (LessonTimeoutException | IllegalStateException e) {
                failed.add(new NotRun(model, e.getMessage()));
                progress.accept(model + ": " + e.getMessage());
            }
        }
        return new LoadReport(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), plan, server,
                ceiling, runs, failed);
    }

    private static String describe(LoadRun run, LoadPlan plan) {
        return String.format(Locale.ROOT, "%s at %d/s: achieved %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors, "
                        + "%.0f µs CPU and %.0f B per GET, %d threads%s",
                run.model(), run.rate(), run.achievedPerSecond(), run.latencyMs().p50(), run.latencyMs().p99(),
                run.latencyMs().max(), run.errors(), run.cpuMicrosPerRequest(), run.bytesPerRequest(), run.peakThreads(),
                run.sustained(plan.sustainedP99Ms()) ? "" : " (not sustained)");
    }
}
