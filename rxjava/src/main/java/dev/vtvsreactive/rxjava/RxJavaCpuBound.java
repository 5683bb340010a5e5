package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The CPU-bound experiment in RxJava 3. The loop is {@code Schedulers.single()}, one thread: the
 * heartbeat is an {@link Observable#interval} on it and the reply a {@link Completable#timer} on it.
 * Blocked, the CPU work is subscribed on that thread too; fixed,
 * {@code subscribeOn(Schedulers.computation())} moves it to RxJava's scheduler for CPU-bound work,
 * a thread per core. See {@code docs/operators.md}.
 */
public final class RxJavaCpuBound implements CpuBound {

    private final Scheduler loop = Schedulers.single();
    private final Scheduler cpu;
    private final String cpuName;

    public RxJavaCpuBound(CpuBoundVariant variant) {
        this.cpu = variant.offloaded() ? Schedulers.computation() : loop;
        this.cpuName = variant.offloaded() ? "Schedulers.computation()" : "Schedulers.single()";
    }

    @Override
    public String wiring() {
        return "Observable.interval and Completable.timer on Schedulers.single(); the CPU work "
                + "Single.fromSupplier(...).subscribeOn(" + cpuName + ")";
    }

    @Override
    public Future<?> startHeartbeat(Duration period, Runnable tick) {
        return Observable.interval(period.toNanos(), TimeUnit.NANOSECONDS, loop)
                .doOnNext(count -> tick.run())
                .ignoreElements()
                .toCompletionStage(null)
                .toCompletableFuture();
    }

    @Override
    public Future<Integer> startCpuTask(Supplier<Integer> work) {
        return Single.fromSupplier(work::get).subscribeOn(cpu).toCompletionStage().toCompletableFuture();
    }

    @Override
    public Future<?> startReply(Duration sleep, Runnable reply) {
        return Completable.timer(sleep.toNanos(), TimeUnit.NANOSECONDS, loop)
                .doOnComplete(reply::run)
                .toCompletionStage(null)
                .toCompletableFuture();
    }

    /** Nothing to dispose: {@code single()} and {@code computation()} are RxJava's shared schedulers, they outlive a run. */
    @Override
    public void close() {
    }
}
