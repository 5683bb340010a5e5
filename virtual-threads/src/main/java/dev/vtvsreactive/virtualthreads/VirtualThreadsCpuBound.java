package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The CPU-bound experiment on virtual threads. The loop is the virtual-thread scheduler with one
 * carrier ({@link VirtualThreadsPlugin#ONE_CARRIER}): the heartbeat is a virtual thread that sleeps
 * between ticks, the reply a virtual thread that sleeps, then answers. Blocked, the CPU work runs on
 * a virtual thread (optionally calling {@link Thread#yield()} as it goes), which keeps the carrier
 * until it ends: the scheduler does not time-slice. Fixed, the virtual thread hands the work to a
 * pool of a platform thread per core and parks until it is done, which frees the carrier. See
 * {@code docs/operators.md}.
 */
public final class VirtualThreadsCpuBound implements CpuBound {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final ExecutorService loop = Executors.newVirtualThreadPerTaskExecutor();
    /** Starts no thread until work is submitted, so it costs nothing when the variant is blocked. */
    private final ExecutorService cpuPool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("vt-cpu-", 1).factory());
    private final Executor cpu;
    private final String cpuName;

    public VirtualThreadsCpuBound(CpuBoundVariant variant) {
        this.cpu = variant.offloaded() ? cpuPool : Runnable::run;
        this.cpuName = switch (variant) {
            case BLOCKED -> "on its virtual thread";
            case BLOCKED_YIELD -> "on its virtual thread, calling Thread.yield() as it goes";
            case FIXED -> "on a fixed pool of a platform thread per core, its virtual thread parked until it is done";
        };
    }

    @Override
    public String wiring() {
        return "heartbeat and reply: virtual threads that sleep, on one carrier; the CPU work " + cpuName;
    }

    @Override
    public Future<?> startHeartbeat(Duration period, Runnable tick) {
        return loop.submit(() -> beat(period, tick));
    }

    @Override
    public Future<Integer> startCpuTask(Supplier<Integer> work) {
        // Blocked, cpu runs the work right here on the virtual thread; fixed, join() parks it meanwhile.
        return loop.submit(() -> CompletableFuture.supplyAsync(work, cpu).join());
    }

    @Override
    public Future<?> startReply(Duration sleep, Runnable reply) {
        return loop.submit(() -> {
            Thread.sleep(sleep);
            reply.run();
            return null;
        });
    }

    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, loop, cpuPool);
    }

    /**
     * Ticks at a fixed rate, as the other models' periodic schedulers do: a late tick does not push
     * back the ones after it. Ends when the virtual thread is interrupted.
     */
    private static Void beat(Duration period, Runnable tick) throws InterruptedException {
        long next = System.nanoTime();
        while (true) {
            next += period.toNanos();
            Thread.sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
            tick.run();
        }
    }
}
