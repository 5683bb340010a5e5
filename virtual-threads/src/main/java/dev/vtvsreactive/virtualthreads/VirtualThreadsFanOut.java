package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A fan-out on threads, as the lesson's gather does it: a thread per task that sleeps, then
 * returns. The idiom runs each task on a virtual thread ({@link Executors#newVirtualThreadPerTaskExecutor()}):
 * a sleeping virtual thread parks, its stack is kept on the heap and its carrier freed, so a
 * million of them wait on a couple of carriers. The executor's {@code close} waits for them all.
 *
 * <p>The pitfall is the same code on a platform thread per task: each takes an operating-system
 * thread with its own stack, slow to start and heavy to keep, which is why it is refused above
 * {@value FanOutVariant#MAX_PLATFORM_THREADS} tasks.
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
            List<Future<Integer>> waits;
            try (ExecutorService executor = threadPerTask.get()) {
                waits = IntStream.range(0, tasks).mapToObj(index -> executor.submit(() -> task(index, wait, probe))).toList();
            }
            List<Integer> results = new ArrayList<>(tasks);
            for (Future<Integer> done : waits) {
                results.add(result(done));
            }
            return results;
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

    /** The result of a task the executor's {@code close} has waited for. */
    private static Integer result(Future<Integer> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw Blocking.unchecked(e.getCause());
        }
    }
}
