package dev.vtvsreactive.bench.cpu;

import com.fasterxml.jackson.annotation.JsonProperty.Access;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vtvsreactive.bench.ChildJvm;
import dev.vtvsreactive.bench.ExperimentModels;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the CPU-bound experiment recorded, every time in milliseconds from the start of
 * the run: the timeline of heartbeat ticks, the CPU task's window, when the reply was asked for and
 * when it came. The measures ({@link #worstGapMs()}, {@link #replyDelayMs()}, ...) are derived from
 * them, and written to JSON beside them.
 *
 * @param model   the model's name
 * @param variant where the CPU task ran
 * @param wiring  how the model wired the variant, in its own words
 * @param jvm     the JVM the run happened in
 * @param plan    what the run was asked to do
 * @param ticksMs when the heartbeat ticked, in order
 * @param cpuMs   when the CPU task started and ended
 * @param askMs   when the reply was asked for
 * @param replyMs when the reply came
 * @param endMs   when the heartbeat was stopped
 * @param primes  what the CPU task counted (checked against the plan's sieve before the run was kept)
 */
public record CpuBoundRun(String model, CpuBoundVariant variant, String wiring, Jvm jvm, CpuBoundPlan plan,
                          List<Double> ticksMs, Window cpuMs, double askMs, double replyMs, double endMs, int primes) {

    public CpuBoundRun {
        ExperimentModels.requireNamed(model, variant, wiring);
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(cpuMs, "cpuMs");
        ticksMs = List.copyOf(ticksMs);
        if (!ticksMs.stream().allMatch(tick -> tick >= 0 && tick <= endMs)) {
            throw new IllegalArgumentException("every tick must fall between the start (0) and the end (" + endMs + " ms)");
        }
    }

    /**
     * The longest the heartbeat went without ticking: the largest gap between its first tick, the
     * ticks in order and the end (the whole run when it never ticked). Ideally the plan's period.
     * Counted from the first tick, not the start, so that a scheduler's cold start (a first run in
     * a JVM ticks late) is not mistaken for the loop being blocked.
     */
    @JsonProperty(access = Access.READ_ONLY)
    public double worstGapMs() {
        if (ticksMs.isEmpty()) {
            return endMs;
        }
        double previous = ticksMs.getFirst();
        double worst = 0;
        for (double tick : ticksMs) {
            worst = Math.max(worst, tick - previous);
            previous = tick;
        }
        return Math.max(worst, endMs - previous);
    }

    /** The ticks strictly inside {@code window}. */
    public List<Double> ticksDuring(Window window) {
        return ticksMs.stream().filter(window::contains).toList();
    }

    /** How many times the heartbeat ticked while the CPU task ran. */
    @JsonProperty(access = Access.READ_ONLY)
    public int ticksDuringCpu() {
        return ticksDuring(cpuMs).size();
    }

    /** How late the reply came: its time less the time it was due (asked for, plus its sleep). */
    @JsonProperty(access = Access.READ_ONLY)
    public double replyDelayMs() {
        return replyMs - (askMs + plan.replySleepMs());
    }

    /** How long the CPU task took, start to end. */
    @JsonProperty(access = Access.READ_ONLY)
    public double cpuTimeMs() {
        return cpuMs.lengthMs();
    }

    /** A span of the run's time, {@code startMs} to {@code endMs}. */
    public record Window(double startMs, double endMs) {

        public Window {
            if (!(startMs <= endMs)) {
                throw new IllegalArgumentException("a window must not end (" + endMs + " ms) before it starts (" + startMs + " ms)");
            }
        }

        public double lengthMs() {
            return endMs - startMs;
        }

        /** Whether {@code timeMs} is strictly inside this window. */
        public boolean contains(double timeMs) {
            return timeMs > startMs && timeMs < endMs;
        }
    }

    /**
     * The JVM a run happened in.
     *
     * @param pid        its process id
     * @param forked     whether the experiment started it for the run
     * @param properties the system properties its start-up options set ({@code -Dname=value}), as
     *                   the JVM itself read them back
     */
    public record Jvm(long pid, boolean forked, Map<String, String> properties) {

        public Jvm {
            properties = Map.copyOf(properties);
        }

        /**
         * This JVM: with the properties of its start-up options when the experiment started it for
         * the run, with none when the run is the experiment's own JVM's, whose options are not the model's.
         */
        public static Jvm current(boolean forked) {
            return new Jvm(ProcessHandle.current().pid(), forked, forked ? ChildJvm.startUpProperties() : Map.of());
        }
    }
}
