package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;

/**
 * Measures one variant of one model at one N, in this JVM, with one {@link FanOut}:
 * <ol>
 *   <li>the plan's warm-ups: the fan-out run in full, untimed, so that the JIT has compiled it;</li>
 *   <li>the timed run: wall time, when all tasks were waiting and when the first finished, the
 *       collectors' time, with the peaks of heap, resident memory and platform threads reset as it starts;</li>
 *   <li>the memory run: a GC and a reading before it starts, then once every task that can wait at
 *       once is waiting, another GC and reading, before any task has finished.</li>
 * </ol>
 * Every run's results are checked: N of them, each task's own, in task order. Every wait is bounded.
 *
 * <p>Memory means something only in a JVM that has run nothing else: {@link FanOutExperiment} runs
 * this in a fresh child JVM per variant and N, whose side {@link #main} is; it is not meant to be
 * run by hand.
 */
public final class FanOutHarness {

    /** How often the memory run looks whether every task is waiting: fine against the waits, light on the CPU. */
    private static final Duration POLL = Duration.ofMillis(1);

    private FanOutHarness() {
    }

    /** The child: measures variant VARIANT of model MODEL at TASKS, following the plan on standard input, and prints the run. */
    public static void main(String... args) {
        ChildJvm.serve(FanOutHarness.class, args, List.of("MODEL", "VARIANT", "TASKS"), FanOutPlan.class, (arguments, plan) ->
                measure(LessonModels.plugin(arguments.get(0)).fanOut(), FanOutVariant.of(arguments.get(1)),
                        Integer.parseInt(arguments.get(2)), plan, FanOutRun.Jvm.current(true)));
    }

    /**
     * Measures {@code variant} of the factory's model at {@code tasks}, following {@code plan}.
     *
     * @throws IllegalArgumentException if the model has no such variant, or the variant refuses that many tasks
     * @throws IllegalStateException    if a run's results are not every task's own, in order, or
     *                                  memory could not be sampled with every task waiting
     * @throws LessonTimeoutException   if a run outlives its bound
     */
    static FanOutRun measure(FanOutFactory factory, FanOutVariant variant, int tasks, FanOutPlan plan, FanOutRun.Jvm jvm) {
        variant.checkTasks(tasks);
        String what = factory.name() + " (" + variant + ", " + tasks + " tasks)";
        try (FanOut fanOut = factory.create(variant)) {
            for (int i = 0; i < plan.warmups(); i++) {
                timed(fanOut, variant, tasks, plan.waitTime(), what + ", warm-up");
            }
            double load = Gauges.loadAverage();
            boolean rssPeakReset = Gauges.resetPeaks();
            Map<String, Long> collected = Gauges.collectionTimes();
            Timed timed = timed(fanOut, variant, tasks, plan.waitTime(), what);
            Map<String, Long> gcMs = Gauges.collectionTimesSince(collected);
            FanOutRun.Peaks peaks = Gauges.peaks(rssPeakReset);
            FanOutRun.Memory memory = memory(fanOut, variant, tasks, plan, timed.allWaitingMs(), what);
            return new FanOutRun(factory.name(), variant, fanOut.wiring(), tasks, plan.waitMs(), timed.wallMs(),
                    timed.allWaitingMs(), timed.firstFinishedMs(), memory, peaks, gcMs, load, jvm);
        }
    }

    /**
     * Accepts the results of a fan-out of {@code tasks}.
     *
     * @throws IllegalStateException naming the first result that is missing, or not its task's own
     */
    static void check(List<Integer> results, int tasks, String what) {
        if (results.size() != tasks) {
            throw new IllegalStateException(what + " gathered " + results.size() + " results for " + tasks + " tasks");
        }
        for (int task = 0; task < tasks; task++) {
            if (!Objects.equals(results.get(task), task)) {
                throw new IllegalStateException(what + " gathered " + results.get(task) + " at index " + task
                        + ": each task's own result must be at its index");
            }
        }
    }

    /** Milliseconds to the microsecond: finer than any timer the models wait on, shorter in JSON. */
    static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    private record Timed(double wallMs, double allWaitingMs, double firstFinishedMs) {
    }

    private static Timed timed(FanOut fanOut, FanOutVariant variant, int tasks, Duration wait, String what) {
        FanOutRecorder probe = new FanOutRecorder(variant.concurrentWaits(tasks));
        long start = System.nanoTime();
        Future<List<Integer>> gathering = fanOut.gather(tasks, wait, probe);
        List<Integer> results = Blocking.await(gathering, FanOutPlan.runBound(variant, tasks, wait), what);
        long end = System.nanoTime();
        check(results, tasks, what);
        return new Timed(millis(end - start), probe.allWaitingMs(start), probe.firstFinishedMs(start));
    }

    /** A memory run's sample, and whether every task that can wait at once was waiting, none finished, when it was taken. */
    private record Sample(FanOutRun.Memory memory, boolean everyTaskWaiting) {
    }

    /**
     * The memory run, its wait long enough for the tasks to start and the GC to run by what the
     * timed run saw. Should a wait end before the sample all the same (a slow GC, a busy
     * machine), it is run once more, waiting twice as long as that sample took.
     *
     * @throws IllegalStateException if neither run sampled every task waiting
     */
    private static FanOutRun.Memory memory(FanOut fanOut, FanOutVariant variant, int tasks, FanOutPlan plan,
                                           double startedMs, String what) {
        Sample first = sample(fanOut, variant, tasks, plan.memoryWait(startedMs), what);
        if (first.everyTaskWaiting()) {
            return first.memory();
        }
        Sample second = sample(fanOut, variant, tasks, plan.memoryWait(first.memory().sampledAtMs()), what);
        if (second.everyTaskWaiting()) {
            return second.memory();
        }
        throw new IllegalStateException(what + ": a wait of " + second.memory().waitMs() + " ms ended before every task "
                + "was waiting and the heap read, at " + second.memory().sampledAtMs() + " ms; memory not sampled");
    }

    private static Sample sample(FanOut fanOut, FanOutVariant variant, int tasks, Duration wait, String what) {
        String memoryRun = what + ", memory run";
        long baselineHeap = Gauges.heapUsedAfterGc();
        Long baselineThreadNative = Gauges.threadNativeBytes();
        FanOutRecorder probe = new FanOutRecorder(variant.concurrentWaits(tasks));
        Duration bound = FanOutPlan.runBound(variant, tasks, wait);
        long start = System.nanoTime();
        Future<List<Integer>> gathering = fanOut.gather(tasks, wait, probe);
        awaitEveryTaskWaiting(probe, gathering, start + bound.toNanos(), memoryRun);
        long heap = Gauges.heapUsedAfterGc();
        Long threadNative = Gauges.threadNativeBytes();
        int finished = probe.finishedCount();
        boolean everyTaskWaiting = finished == 0 && probe.allWaiting();
        FanOutRun.Memory memory = new FanOutRun.Memory(millis(wait.toNanos()), millis(System.nanoTime() - start),
                probe.startedCount() - finished, baselineHeap, heap, baselineThreadNative, threadNative);
        check(Blocking.await(gathering, bound, memoryRun), tasks, memoryRun);
        return new Sample(memory, everyTaskWaiting);
    }

    /** Returns once every task that can wait at once has started, or one has finished, or the gather is over. */
    private static void awaitEveryTaskWaiting(FanOutRecorder probe, Future<?> gathering, long deadline, String what) {
        while (!probe.allWaiting() && probe.finishedCount() == 0 && !gathering.isDone()) {
            if (System.nanoTime() - deadline > 0) {
                gathering.cancel(true);
                throw new LessonTimeoutException(what + ": only " + probe.startedCount() + " tasks had started by its bound");
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                gathering.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancellationException(what + ": interrupted while waiting for the tasks to start");
            }
        }
    }
}
