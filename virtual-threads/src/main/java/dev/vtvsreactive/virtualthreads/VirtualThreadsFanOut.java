package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A fan-out on threads, gathered as the lesson's gather is: a thread per task that sleeps, then
 * returns, the results taken in task order by {@link VirtualThreadsGather#all}. The idiom is a
 * virtual thread per task, which parks while it sleeps and frees its carrier; the pitfall is the
 * same code on a platform thread per task, refused above {@value FanOutVariant#MAX_PLATFORM_THREADS}
 * tasks. See {@code docs/operators.md}.
 */
public final class VirtualThreadsFanOut implements FanOut {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    /** Runs each gather on a virtual thread of its own, as the lesson's callers do, so the harness is free to watch. */
    private final ExecutorService caller = Executors.newVirtualThreadPerTaskExecutor();
    private final Supplier<ExecutorService> threadPerTask;
    private final String wiring;

    public VirtualThreadsFanOut(FanOutVariant variant) {
        if (variant == FanOutVariant.PLATFORM_THREAD_PER_TASK) {
            this.threadPerTask = () -> Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
            this.wiring = "Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()): "
                    + "Thread.sleep on a platform thread per task";
        } else {
            this.threadPerTask = Executors::newVirtualThreadPerTaskExecutor;
            this.wiring = "Executors.newVirtualThreadPerTaskExecutor(): Thread.sleep on a virtual thread per task";
        }
    }

    @Override
    public String wiring() {
        return wiring;
    }

    @Override
    public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
        return caller.submit(() -> {
            try (ExecutorService executor = threadPerTask.get()) {
                List<Future<Integer>> started =
                        IntStream.range(0, tasks).mapToObj(index -> executor.submit(() -> task(index, wait, probe))).toList();
                try {
                    return VirtualThreadsGather.all(started);
                } catch (InterruptedException e) {
                    // Cancelled: the tasks stop with the gather, as asyncio.gather cancels its children. Without
                    // this, a second interrupt that arrives before the first is handled is lost, and close()
                    // waits for every task's full wait.
                    executor.shutdownNow();
                    throw e;
                }
            }
        });
    }

    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, caller);
    }

    private static Integer task(int index, Duration wait, FanOutProbe probe) throws InterruptedException {
        probe.started();
        Thread.sleep(wait);
        return probe.finished(index);
    }
}
