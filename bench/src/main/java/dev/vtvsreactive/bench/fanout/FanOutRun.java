package dev.vtvsreactive.bench.fanout;

import com.fasterxml.jackson.annotation.JsonProperty.Access;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one fan-out measured in its JVM: the timed run (after the warm-ups), the peaks during it,
 * and the memory sampled in a later run while its tasks waited. Times are in milliseconds from the
 * call that started the fan-out; the derived measures ({@link #overheadMs()},
 * {@link #heapPerTaskBytes()}, ...) are written to JSON beside them.
 *
 * @param model           the model's name
 * @param variant         its idiom or one of its pitfalls
 * @param wiring          how the model wrote the variant, in its own words
 * @param tasks           N, how many tasks waited
 * @param waitMs          D, how long each waited
 * @param wallMs          from the call until every result was in and checked to be in order
 * @param allWaitingMs    when every task that can wait at once had started: how long starting them took
 * @param firstFinishedMs when the first wait ended: the wait, plus how late its timer fired
 * @param memory          the memory run's sample
 * @param peaks           the peaks of the timed run
 * @param gcMs            how long each garbage collector reports it worked during the timed run, by
 *                        its name; for G1, the young and full collections' pauses and, apart, the
 *                        concurrent cycle's time
 * @param loadAverage     the system's load average over the last minute as the timed run began, as the
 *                        JVM reports it: negative where it cannot tell
 * @param jvm             the JVM the runs happened in
 */
public record FanOutRun(String model, FanOutVariant variant, String wiring, int tasks, double waitMs,
                        double wallMs, double allWaitingMs, double firstFinishedMs, Memory memory, Peaks peaks,
                        Map<String, Long> gcMs, double loadAverage, Jvm jvm) {

    public FanOutRun {
        ExperimentModels.requireNamed(model, variant, wiring);
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(peaks, "peaks");
        Objects.requireNonNull(jvm, "jvm");
        gcMs = Collections.unmodifiableMap(new LinkedHashMap<>(gcMs));
        if (tasks < 1) {
            throw new IllegalArgumentException("a fan-out has at least one task, was " + tasks);
        }
    }

    /** Whether the run is a pitfall's: never the model's result. */
    @JsonProperty(access = Access.READ_ONLY)
    public boolean pitfall() {
        return variant.pitfall();
    }

    /**
     * The wait D: what the fan-out would take if the model cost nothing. A fixed pool's rounds of
     * the wait are its cost, so they count in its overhead, not in its ideal.
     */
    @JsonProperty(access = Access.READ_ONLY)
    public double idealMs() {
        return waitMs;
    }

    /** How much longer than its ideal the run took. */
    @JsonProperty(access = Access.READ_ONLY)
    public double overheadMs() {
        return wallMs - idealMs();
    }

    /** The heap the waiting tasks held, live after a GC, per task. */
    @JsonProperty(access = Access.READ_ONLY)
    public double heapPerTaskBytes() {
        return (double) (memory.heapBytes() - memory.baselineHeapBytes()) / tasks;
    }

    /**
     * The memory outside the heap that the waiting tasks' threads took, per task: their stacks and
     * the JVM's structures for them, as Native Memory Tracking counts its {@code Thread} category.
     * Where a platform thread waits, this is most of its cost; a virtual thread's stack is on the
     * heap. Null where the JVM ran without {@code -XX:NativeMemoryTracking}.
     */
    @JsonProperty(access = Access.READ_ONLY)
    public Double threadNativePerTaskBytes() {
        return memory.threadNativeBytes() == null || memory.baselineThreadNativeBytes() == null
                ? null
                : (double) (memory.threadNativeBytes() - memory.baselineThreadNativeBytes()) / tasks;
    }

    /**
     * The memory run: the same fan-out again, its wait made long enough that every task that can
     * wait at once is waiting, and none has finished, when a GC is forced and memory read.
     *
     * @param waitMs                    the memory run's wait: at least the plan's
     * @param sampledAtMs               when the sample was taken, from the call that started the fan-out; it
     *                                  may pass {@code waitMs}, as the GC's pause holds back the timers too
     * @param waiting                   how many tasks were waiting at the sample: all N, or the fixed pool's threads
     * @param baselineHeapBytes         heap used after a GC just before the fan-out started
     * @param heapBytes                 heap used after a GC at the sample
     * @param baselineThreadNativeBytes memory outside the heap for threads just before: Native Memory
     *                                  Tracking's {@code Thread} category, committed; null without it
     * @param threadNativeBytes         the same at the sample; null without it
     */
    public record Memory(double waitMs, double sampledAtMs, int waiting, long baselineHeapBytes, long heapBytes,
                         Long baselineThreadNativeBytes, Long threadNativeBytes) {
    }

    /**
     * The peaks of the timed run.
     *
     * @param heapUsedBytes    the sum of every heap pool's peak usage during the run: an upper bound of
     *                         the heap's peak (the pools need not peak together), garbage included
     * @param rssBytes         the process's peak resident memory ({@code VmHWM}); null where unknown
     * @param rssSinceRunStart whether that peak was reset as the run began; if not, it covers the JVM's life
     * @param platformThreads  the most live platform threads during the run; virtual threads are not counted
     */
    public record Peaks(long heapUsedBytes, Long rssBytes, boolean rssSinceRunStart, int platformThreads) {
    }

    /**
     * The JVM the runs happened in.
     *
     * @param pid        its process id
     * @param forked     whether the experiment started it for this measurement
     * @param options    the options it was started with
     * @param collectors its garbage collectors, e.g. {@code G1 Young Generation}
     */
    public record Jvm(long pid, boolean forked, List<String> options, List<String> collectors) {

        public Jvm {
            options = List.copyOf(options);
            collectors = List.copyOf(collectors);
        }

        /** This JVM, as a run records it. */
        public static Jvm current(boolean forked) {
            return new Jvm(ProcessHandle.current().pid(), forked, ChildJvm.startUpOptions(), Gauges.collectors());
        }
    }
}
