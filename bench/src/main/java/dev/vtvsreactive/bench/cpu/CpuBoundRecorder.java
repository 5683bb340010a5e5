package dev.vtvsreactive.bench.cpu;

import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;

/**
 * Stamps the events of one run with the time since the recorder was made, from whatever thread
 * they happen on: the heartbeat's ticks, the CPU task's start and end, the ask and the reply.
 * Ticks after {@link #finish()} are not kept, so a heartbeat still winding down cannot blur the run.
 */
final class CpuBoundRecorder {

    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<Long> ticks = new ConcurrentLinkedQueue<>();
    private volatile Long cpuStart;
    private volatile Long cpuEnd;
    private volatile Long asked;
    private volatile Long replied;
    private volatile Long finished;

    void tick() {
        long now = elapsed();
        if (finished == null) {
            ticks.add(now);
        }
    }

    /** Runs the CPU work, stamping its start and end. */
    int cpu(IntSupplier work) {
        cpuStart = elapsed();
        int result = work.getAsInt();
        cpuEnd = elapsed();
        return result;
    }

    void asked() {
        asked = elapsed();
    }

    void replied() {
        replied = elapsed();
    }

    /** Ends the run: later ticks are dropped. */
    void finish() {
        finished = elapsed();
    }

    /** Sleeps until {@code time} after the origin; at once if that has passed. */
    void sleepUntil(Duration time) {
        sleep(time.minusNanos(elapsed()));
    }

    static void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the CPU-bound experiment was interrupted");
        }
    }

    /**
     * The run as recorded.
     *
     * @throws IllegalStateException naming the event that was never recorded
     */
    CpuBoundRun run(String model, CpuBoundVariant variant, String wiring, CpuBoundRun.Jvm jvm, CpuBoundPlan plan, int primes) {
        List<Double> tickTimes = ticks.stream().sorted().map(CpuBoundRecorder::millis).toList();
        CpuBoundRun.Window cpu = new CpuBoundRun.Window(millis(cpuStart, "the CPU task's start"), millis(cpuEnd, "the CPU task's end"));
        return new CpuBoundRun(model, variant, wiring, jvm, plan, tickTimes, cpu,
                millis(asked, "the ask"), millis(replied, "the reply"), millis(finished, "the end"), primes);
    }

    private long elapsed() {
        return System.nanoTime() - origin;
    }

    private static double millis(Long nanos, String event) {
        if (nanos == null) {
            throw new IllegalStateException(event + " was never recorded");
        }
        return millis(nanos);
    }

    /** Milliseconds to the microsecond: finer than any clock the models schedule on, shorter in JSON. */
    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
