package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * When each part of the CPU-bound experiment happens, in milliseconds from the start of a run: a
 * heartbeat every {@code periodMs} from 0; the CPU work started at {@code cpuStartMs}; a reply asked
 * for at {@code askMs}, due {@code replySleepMs} later while the CPU work is expected to still be
 * running; the run ends {@code tailMs} after both are done, so the timeline shows the heartbeat
 * resume.
 *
 * @param periodMs     the heartbeat's period: the ideal worst gap
 * @param cpuStartMs   when the CPU task is started
 * @param cpuTargetMs  how long the CPU work was calibrated to take on its own
 * @param askMs        when the reply is asked for
 * @param replySleepMs how long the reply sleeps before it answers
 * @param tailMs       how long the heartbeat runs on once the CPU task and the reply are done
 * @param work         the calibrated CPU work
 */
public record CpuBoundPlan(double periodMs, double cpuStartMs, double cpuTargetMs, double askMs,
                           double replySleepMs, double tailMs, CpuWork work) {

    /**
     * The heartbeat's period. Not scaled: it is the resolution at which a stalled loop is seen,
     * and the ideal the worst gap is compared with.
     */
    public static final Duration PERIOD = Duration.ofMillis(10);
    /** At scale 1: the CPU task starts 300 ms in... */
    public static final Duration CPU_START = Duration.ofMillis(300);
    /** ...and computes for about 500 ms... */
    public static final Duration CPU_WORK = Duration.ofMillis(500);
    /** ...during which, 400 ms in, a reply is asked for that sleeps 20 ms... */
    public static final Duration ASK = Duration.ofMillis(400);
    public static final Duration REPLY_SLEEP = Duration.ofMillis(20);
    /** ...and the heartbeat runs on 200 ms after both are done. */
    public static final Duration TAIL = Duration.ofMillis(200);

    /** The CPU work must last this many heartbeat periods to show whether the heartbeat ticks during it. */
    static final int MIN_PERIODS_OF_WORK = 10;

    /** Slack on top of every wait of a run: ample for a cold JVM on a busy machine, short enough to fail a hang. */
    private static final Duration WAIT_SLACK = Duration.ofSeconds(30);

    public CpuBoundPlan {
        Objects.requireNonNull(work, "work");
        if (!(periodMs > 0)) {
            throw new IllegalArgumentException("heartbeat period must be positive, was " + periodMs + " ms");
        }
        if (cpuTargetMs < MIN_PERIODS_OF_WORK * periodMs) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the CPU work must last at least %d heartbeat periods (%.0f ms) to show whether the heartbeat "
                            + "ticks during it, was %.1f ms; use a larger scale",
                    MIN_PERIODS_OF_WORK, MIN_PERIODS_OF_WORK * periodMs, cpuTargetMs));
        }
        if (!(cpuStartMs >= 0 && askMs > cpuStartMs && replySleepMs >= 0 && askMs + replySleepMs < cpuStartMs + cpuTargetMs)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the reply must be asked for (at %.1f ms) and due (%.1f ms later) while the CPU work runs "
                            + "(from %.1f ms for %.1f ms)", askMs, replySleepMs, cpuStartMs, cpuTargetMs));
        }
        if (!(tailMs >= 0)) {
            throw new IllegalArgumentException("tail must not be negative, was " + tailMs + " ms");
        }
    }

    /**
     * The experiment at {@code scale}, with its CPU work {@linkplain CpuWork#calibrate calibrated}
     * on this machine now to take {@code 500 ms × scale}. Every time but the heartbeat's period is
     * scaled.
     *
     * @throws IllegalArgumentException if the scale makes the CPU work shorter than
     *                                  {@value #MIN_PERIODS_OF_WORK} periods (below 0.2)
     */
    public static CpuBoundPlan calibrate(TimeScale scale) {
        return at(scale, CpuWork.calibrate(checkScale(scale).of(CPU_WORK)));
    }

    /** The experiment at {@code scale} with {@code work} as its CPU work, whatever that takes here. */
    public static CpuBoundPlan at(TimeScale scale, CpuWork work) {
        checkScale(scale);
        return new CpuBoundPlan(millis(PERIOD), millis(scale.of(CPU_START)), millis(scale.of(CPU_WORK)),
                millis(scale.of(ASK)), millis(scale.of(REPLY_SLEEP)), millis(scale.of(TAIL)), work);
    }

    Duration period() {
        return duration(periodMs);
    }

    Duration cpuStart() {
        return duration(cpuStartMs);
    }

    Duration ask() {
        return duration(askMs);
    }

    Duration replySleep() {
        return duration(replySleepMs);
    }

    Duration tail() {
        return duration(tailMs);
    }

    /** How long a run waits for its CPU task or its reply before it gives up: twenty times the work, plus slack. */
    Duration waitBound() {
        return duration(cpuTargetMs).multipliedBy(20).plus(WAIT_SLACK);
    }

    private static TimeScale checkScale(TimeScale scale) {
        Objects.requireNonNull(scale, "scale");
        Duration work = scale.of(CPU_WORK);
        Duration needed = PERIOD.multipliedBy(MIN_PERIODS_OF_WORK);
        if (work.compareTo(needed) < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "at scale %s the CPU work would last %d ms, under the %d ms (%d heartbeat periods) it needs "
                            + "to show whether the heartbeat ticks during it; use a scale of at least %s",
                    scale.factor(), work.toMillis(), needed.toMillis(), MIN_PERIODS_OF_WORK,
                    (double) needed.toNanos() / CPU_WORK.toNanos()));
        }
        return scale;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static Duration duration(double millis) {
        return Duration.ofNanos(Math.round(millis * 1e6));
    }
}
