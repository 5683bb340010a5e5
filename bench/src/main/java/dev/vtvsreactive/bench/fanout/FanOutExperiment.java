package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.fanout.FanOutReport.NotRun;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lesson's gather of three tasks, scaled up: what happens with 10,000 or 1,000,000 concurrent
 * waits? Each model gathers N tasks that each wait D, in its idiom and in the pitfalls engineers
 * fall into, every (variant, N) in a fresh child JVM with an explicit heap, measured by the
 * {@link FanOutHarness}: wall time against the ideal; per waiting task, the heap it holds and the
 * memory its thread takes outside the heap; the peaks of heap, resident memory and platform threads.
 * A pitfall's run is labelled as such: it shows what the model's idiom avoids, never its result.
 *
 * <pre>{@code
 * FanOutReport report = FanOutExperiment.run(FanOutPlan.of(List.of(1_000, 100_000), 1_000), List.of("reactor"));
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class FanOutExperiment {

    private FanOutExperiment() {
    }

    /** {@link #run(FanOutPlan, List, Consumer)}, telling no one about its progress. */
    public static FanOutReport run(FanOutPlan plan, List<String> models) {
        return run(plan, models, line -> {
        });
    }

    /**
     * Runs the plan for every model of {@code models}, in that order: each variant the plan runs,
     * at each N from the smallest, in a child JVM of its own. A variant the sweep skips at some N
     * (see {@link FanOutPlan}) and one that fails or times out are reported as not run, with why;
     * a failed variant is not tried at larger N.
     *
     * @param progress told of each run, skip or failure as it happens, one line each
     * @throws IllegalArgumentException naming an unknown model, a variant none of the models has,
     *                                  or a named variant that refuses the plan's largest N
     */
    public static FanOutReport run(FanOutPlan plan, List<String> models, Consumer<String> progress) {
        return sweep(plan, models.stream().map(model -> LessonModels.plugin(model).fanOut()).toList(), progress);
    }

    /** {@link #run(FanOutPlan, List, Consumer)} for the models these factories make. */
    static FanOutReport sweep(FanOutPlan plan, List<FanOutFactory> factories, Consumer<String> progress) {
        checkNamedVariants(plan, factories);
        List<FanOutRun> runs = new ArrayList<>();
        List<NotRun> skipped = new ArrayList<>();
        List<NotRun> failed = new ArrayList<>();
        for (FanOutFactory factory : factories) {
            for (FanOutVariant variant : plan.variantsOf(factory)) {
                Optional<FanOutRun> previous = Optional.empty();
                Optional<NotRun> failure = Optional.empty();
                for (int tasks : plan.tasks()) {
                    Optional<String> skip = failure.isPresent()
                            ? Optional.of("not run: it failed at N=" + failure.get().tasks())
                            : plan.skipReason(variant, tasks, previous);
                    if (skip.isPresent()) {
                        skipped.add(report(new NotRun(factory.name(), variant, tasks, skip.get()), progress));
                        continue;
                    }
                    try {
                        previous = Optional.of(forked(factory, variant, tasks, plan, plan.childBound(variant, tasks)));
                        runs.add(previous.get());
                        progress.accept(describe(previous.get()));
                    } catch (LessonTimeoutException | IllegalStateException e) {
                        failure = Optional.of(report(new NotRun(factory.name(), variant, tasks, e.getMessage()), progress));
                        failed.add(failure.get());
                    }
                }
            }
        }
        return new FanOutReport(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), plan, runs,
                skipped, failed);
    }

    /**
     * One measurement of {@code variant} of {@code model} at {@code tasks}, in a fresh child JVM,
     * following {@code plan}'s wait, warm-ups and JVM options.
     *
     * @throws IllegalArgumentException naming an unknown model, a variant it does not have, or a
     *                                  variant that refuses that many tasks
     * @throws IllegalStateException    if the child failed: its results were wrong, or it crashed
     * @throws LessonTimeoutException   if the child did not finish within its bound; it was killed
     */
    public static FanOutRun run(String model, FanOutVariant variant, int tasks, FanOutPlan plan) {
        FanOutFactory factory = LessonModels.plugin(model).fanOut();
        factory.checkVariant(variant).checkTasks(tasks);
        return forked(factory, variant, tasks, plan, plan.childBound(variant, tasks));
    }

    /** Measures {@code variant} at {@code tasks} in a child JVM started with the plan's options, waiting at most {@code bound}. */
    static FanOutRun forked(FanOutFactory factory, FanOutVariant variant, int tasks, FanOutPlan plan, Duration bound) {
        List<String> args = List.of(factory.name(), variant.label(), String.valueOf(tasks));
        String what = factory.name() + " (" + variant + ", " + tasks + " tasks) in a child JVM";
        return new ChildJvm(plan.jvmOptions(), FanOutHarness.class, args).run(what, plan, FanOutRun.class, bound);
    }

    /** Every variant the plan names must be one of the models' and accept the plan's largest N: asked for, it must run. */
    private static void checkNamedVariants(FanOutPlan plan, List<FanOutFactory> factories) {
        for (FanOutVariant variant : plan.variants()) {
            if (factories.stream().noneMatch(factory -> factory.variants().contains(variant))) {
                throw new IllegalArgumentException("none of the models " + factories.stream().map(FanOutFactory::name).toList()
                        + " has the fan-out variant '" + variant + "'");
            }
            variant.checkTasks(plan.tasks().getLast());
        }
    }

    private static NotRun report(NotRun notRun, Consumer<String> progress) {
        progress.accept(notRun.model() + " " + notRun.variant() + " N=" + notRun.tasks() + ": " + notRun.reason());
        return notRun;
    }

    private static String describe(FanOutRun run) {
        return String.format(Locale.ROOT, "%s %s N=%d: %.0f ms (ideal %.0f, overhead %+.0f ms; all waiting at %.0f ms, "
                        + "GC %s), per task %.0f B heap and %s B thread native, peak RSS %s MB, %d platform threads",
                run.model(), run.variant(), run.tasks(), run.wallMs(), run.idealMs(), run.overheadMs(), run.allWaitingMs(),
                run.gcMs(), run.heapPerTaskBytes(), orUnknown(run.threadNativePerTaskBytes(), 1),
                orUnknown(run.peaks().rssBytes(), 1024 * 1024), run.peaks().platformThreads());
    }

    private static String orUnknown(Number bytes, double unit) {
        return bytes == null ? "unknown" : String.format(Locale.ROOT, "%.0f", bytes.doubleValue() / unit);
    }
}
