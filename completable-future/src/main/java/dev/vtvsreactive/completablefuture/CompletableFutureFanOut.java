package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A fan-out with {@link CompletableFuture}, gathered as the lesson's gather is,
 * {@link CompletableFutureGather#all}. The idiom starts each task on a
 * {@linkplain CompletableFuture#delayedExecutor delayed executor}, a timer that holds no thread while
 * it waits; the pitfall sleeps in {@code supplyAsync} on a fixed pool of
 * {@value FanOutVariant#POOL_THREADS} platform threads, so N tasks take {@code ceil(N / 200)} rounds.
 * See {@code docs/operators.md}.
 */
public final class CompletableFutureFanOut implements FanOut {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final boolean fixedPool;
    /** Starts no thread until work is submitted, so it costs nothing for the idiom. */
    private final ExecutorService pool = Executors.newFixedThreadPool(
            FanOutVariant.POOL_THREADS, Thread.ofPlatform().name("cf-pool-", 1).factory());

    public CompletableFutureFanOut(FanOutVariant variant) {
        this.fixedPool = variant == FanOutVariant.FIXED_POOL_200;
    }

    @Override
    public String wiring() {
        return fixedPool
                ? "supplyAsync(Thread.sleep(D), Executors.newFixedThreadPool(200)), then allOf"
                : "supplyAsync(result, CompletableFuture.delayedExecutor(D)), then allOf; timers in the common ForkJoinPool";
    }

    @Override
    public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
        Executor afterTheWait = CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS);
        List<CompletableFuture<Integer>> waits = IntStream.range(0, tasks)
                .mapToObj(index -> fixedPool ? sleeping(index, wait, probe) : task(index, afterTheWait, probe))
                .toList();
        return CompletableFutureGather.all(waits);
    }

    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, pool);
    }

    private static CompletableFuture<Integer> task(int index, Executor afterTheWait, FanOutProbe probe) {
        probe.started();
        return CompletableFuture.supplyAsync(() -> probe.finished(index), afterTheWait);
    }

    /** The pitfall's task: a pool thread blocked in {@code sleep} for the whole wait. */
    private CompletableFuture<Integer> sleeping(int index, Duration wait, FanOutProbe probe) {
        return CompletableFuture.supplyAsync(() -> {
            probe.started();
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
            return probe.finished(index);
        }, pool);
    }
}
