package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a fan-out sweep runs: for every number of {@code tasks}, every model's variants, each in a
 * fresh child JVM started with {@code jvmOptions}, where it gathers that many waits of
 * {@code waitMs}: {@code warmups} times to warm up, once timed, once for memory.
 *
 * <p>When no variant is named, the sweep runs each model's idiom at every N and keeps its pitfalls
 * cheap: a pitfall is skipped above {@code pitfallMaxTasks}, and where its run is expected to take
 * longer than {@code pitfallBudgetMs}: its best at that N, plus the overhead it had at the N
 * before, grown in proportion to N. Named variants run at every N (a platform thread per task
 * refuses more than {@value FanOutVariant#MAX_PLATFORM_THREADS}).
 *
 * @param tasks           the numbers of tasks, N, in increasing order
 * @param waitMs          how long each task waits, D
 * @param warmups         how many untimed runs come before the timed one, in the same JVM
 * @param variants        the variants to run, every one each model has when empty
 * @param pitfallMaxTasks the largest N at which a sweep runs a pitfall nobody named
 * @param pitfallBudgetMs the longest a sweep expects a run of a pitfall nobody named to take
 * @param jvmOptions      the options of every child JVM, an explicit heap first
 */
public record FanOutPlan(List<Integer> tasks, double waitMs, int warmups, List<FanOutVariant> variants,
                         int pitfallMaxTasks, double pitfallBudgetMs, List<String> jvmOptions) {

    /** 1k, 10k and 100k tasks: a sweep of every model and pitfall in a few minutes. */
    public static final List<Integer> DEFAULT_TASKS = List.of(1_000, 10_000, 100_000);
    /** One second, the lesson's {@code greet}. */
    public static final double DEFAULT_WAIT_MS = 1_000;
    public static final int DEFAULT_WARMUPS = 1;
    /** Where a flatMap starts to show its cost, and the most a platform thread per task is allowed. */
    public static final int DEFAULT_PITFALL_MAX_TASKS = 10_000;
    /** Ten one-second waits: the fixed pool up to 2,000 tasks. */
    public static final double DEFAULT_PITFALL_BUDGET_MS = 10_000;
    /**
     * A heap fixed for every run and ample for a million waiting tasks, the collector spelt out, and
     * Native Memory Tracking's summary, which counts the memory threads take outside the heap.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx4g", "-XX:+UseG1GC", "-XX:NativeMemoryTracking=summary");

    public static final int MAX_TASKS = 10_000_000;
    public static final double MAX_WAIT_MS = 3_600_000;
    public static final int MAX_WARMUPS = 10;

    /** Slack on top of a run's ideal: ample for a cold JVM on a busy machine, short enough to fail a hang. */
    private static final Duration RUN_SLACK = Duration.ofSeconds(60);
    /** ...and per task, for the pitfalls whose cost grows with N: a platform thread takes about a millisecond to start here. */
    private static final Duration RUN_SLACK_PER_TASK = Duration.ofMillis(1);
    /** A memory run waits at most this much longer than the plan's wait. */
    private static final Duration MEMORY_WAIT_EXTRA = Duration.ofSeconds(60);
    /** ...and beyond twice the time its tasks took to start, this much, for the GC before the sample. */
    private static final Duration MEMORY_WAIT_MARGIN = Duration.ofMillis(500);

    public FanOutPlan {
        tasks = tasks.stream().sorted().distinct().toList();
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("give at least one number of tasks");
        }
        if (tasks.getFirst() < 1 || tasks.getLast() > MAX_TASKS) {
            throw new IllegalArgumentException("the number of tasks must be between 1 and " + MAX_TASKS + ", was "
                    + (tasks.getFirst() < 1 ? tasks.getFirst() : tasks.getLast()));
        }
        if (!(waitMs >= 0 && waitMs <= MAX_WAIT_MS)) {
            throw new IllegalArgumentException(
                    "the wait must be between 0 and " + (long) MAX_WAIT_MS + " ms, was " + waitMs + " ms");
        }
        if (warmups < 0 || warmups > MAX_WARMUPS) {
            throw new IllegalArgumentException("warm-ups must be between 0 and " + MAX_WARMUPS + ", was " + warmups);
        }
        variants = variants.stream().distinct().toList();
        if (pitfallMaxTasks < 1) {
            throw new IllegalArgumentException("the pitfall limit must be at least 1 task, was " + pitfallMaxTasks);
        }
        if (!(pitfallBudgetMs > 0)) {
            throw new IllegalArgumentException("the pitfall budget must be more than 0 ms, was " + pitfallBudgetMs + " ms");
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A sweep of {@code tasks} waits of {@code waitMs}, with the default warm-ups, pitfall limit and JVM options. */
    public static FanOutPlan of(List<Integer> tasks, double waitMs) {
        return new FanOutPlan(tasks, waitMs, DEFAULT_WARMUPS, List.of(), DEFAULT_PITFALL_MAX_TASKS,
                DEFAULT_PITFALL_BUDGET_MS, DEFAULT_JVM_OPTIONS);
    }

    /** This plan, running only {@code variants}. */
    public FanOutPlan only(List<FanOutVariant> variants) {
        return new FanOutPlan(tasks, waitMs, warmups, variants, pitfallMaxTasks, pitfallBudgetMs, jvmOptions);
    }

    /** The variants of the factory's model this plan runs, in the model's order. */
    List<FanOutVariant> variantsOf(FanOutFactory factory) {
        return factory.variants().stream().filter(variant -> variants.isEmpty() || variants.contains(variant)).toList();
    }

    /**
     * Why the sweep does not run {@code variant} at {@code tasks}, if it does not.
     *
     * @param previous the variant's run at the largest smaller N, if there was one: quoted in the reason
     */
    Optional<String> skipReason(FanOutVariant variant, int tasks, Optional<FanOutRun> previous) {
        Optional<String> refusal = variant.refusal(tasks);
        if (refusal.isPresent() || !variant.pitfall() || !variants.isEmpty()) {
            return refusal;
        }
        if (tasks > pitfallMaxTasks) {
            return Optional.of("pitfall skipped above N=" + pitfallMaxTasks + ", the sweep's pitfall limit"
                    + previous.map(run -> String.format(Locale.ROOT, "; it took %.0f ms at N=%d", run.wallMs(), run.tasks()))
                    .orElse(""));
        }
        double bestMs = variant.bestMs(tasks, waitMs);
        // Beyond the variant's best (for the fixed pool, its rounds), so that the rounds are not counted twice.
        double grownOverheadMs = previous.map(run -> Math.max(0, run.wallMs() - variant.bestMs(run.tasks(), waitMs))
                * tasks / run.tasks()).orElse(0.0);
        if (bestMs + grownOverheadMs <= pitfallBudgetMs) {
            return Optional.empty();
        }
        String overhead = previous.map(run -> String.format(Locale.ROOT,
                ", plus its overhead at N=%d, %.0f ms, grown in proportion to N", run.tasks(),
                run.wallMs() - variant.bestMs(run.tasks(), waitMs))).orElse("");
        return Optional.of(String.format(Locale.ROOT,
                "pitfall skipped: about %.0f ms expected at N=%d (its best, %.0f ms%s), over the sweep's pitfall budget of %.0f ms",
                bestMs + grownOverheadMs, tasks, bestMs, overhead, pitfallBudgetMs));
    }

    Duration waitTime() {
        return Duration.ofNanos(Math.round(waitMs * 1e6));
    }

    /**
     * The wait of a memory run, long enough for every task to have started before the first one
     * ends, with time left for the GC before the sample: twice {@code startedMs}, the time the
     * tasks took to start, plus half a second; at least the plan's wait, at most a minute more.
     */
    Duration memoryWait(double startedMs) {
        Duration wait = waitTime();
        Duration needed = Duration.ofNanos(Math.round(2 * startedMs * 1e6)).plus(MEMORY_WAIT_MARGIN);
        return needed.compareTo(wait) < 0 ? wait : min(needed, wait.plus(MEMORY_WAIT_EXTRA));
    }

    /** How long a run of {@code tasks} waits of {@code wait} may take: twice its ideal, plus slack. */
    static Duration runBound(FanOutVariant variant, int tasks, Duration wait) {
        return wait.multipliedBy(2L * variant.rounds(tasks)).plus(RUN_SLACK).plus(RUN_SLACK_PER_TASK.multipliedBy(tasks));
    }

    /** How long the child JVM measuring {@code variant} at {@code tasks} may take: all its runs, and its start-up. */
    Duration childBound(FanOutVariant variant, int tasks) {
        return ChildJvm.bound(runBound(variant, tasks, waitTime()).multipliedBy(warmups + 1L)
                .plus(runBound(variant, tasks, waitTime().plus(MEMORY_WAIT_EXTRA)).multipliedBy(2)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
