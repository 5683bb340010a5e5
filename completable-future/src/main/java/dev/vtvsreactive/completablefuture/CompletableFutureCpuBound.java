package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The CPU-bound experiment with {@link CompletableFuture}. The loop is a single-thread
 * {@link ScheduledExecutorService}: the heartbeat is a fixed-rate task on it, and the reply runs on
 * it through a {@linkplain CompletableFuture#delayedExecutor delayed executor}. Blocked, the CPU
 * work is {@code supplyAsync}'d to the loop too; fixed, to a separate executor for CPU work, a
 * platform thread per core. See {@code docs/operators.md}.
 */
public final class CompletableFutureCpuBound implements CpuBound {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final ScheduledExecutorService loop =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cf-loop").factory());
    /** Starts no thread until work is submitted, so it costs nothing when the variant is blocked. */
    private final ExecutorService cpuPool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("cf-cpu-", 1).factory());
    private final Executor cpu;
    private final String cpuName;

    public CompletableFutureCpuBound(CpuBoundVariant variant) {
        this.cpu = variant.offloaded() ? cpuPool : loop;
        this.cpuName = variant.offloaded() ? "a fixed pool of a platform thread per core" : "the loop";
    }

    @Override
    public String wiring() {
        return "heartbeat scheduleAtFixedRate and reply delayedExecutor on a single-thread ScheduledExecutorService; "
                + "the CPU work supplyAsync on " + cpuName;
    }

    @Override
    public Future<?> startHeartbeat(Duration period, Runnable tick) {
        return loop.scheduleAtFixedRate(tick, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public Future<Integer> startCpuTask(Supplier<Integer> work) {
        return CompletableFuture.supplyAsync(work, cpu);
    }

    @Override
    public Future<?> startReply(Duration sleep, Runnable reply) {
        return CompletableFuture.runAsync(reply, CompletableFuture.delayedExecutor(sleep.toNanos(), TimeUnit.NANOSECONDS, loop));
    }

    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, loop, cpuPool);
    }
}
