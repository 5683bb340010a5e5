package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.cpu.CpuBound;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The CPU-bound experiment in Reactor. The loop is {@code Schedulers.single()}, one thread: the
 * heartbeat is a {@link Flux#interval} on it and the reply a {@link Mono#delay} on it. Blocked, the
 * CPU work is subscribed on that thread too; fixed, {@code subscribeOn(Schedulers.parallel())} moves
 * it to the scheduler Reactor provides for CPU-bound work, a thread per core. See
 * {@code docs/operators.md}.
 */
public final class ReactorCpuBound implements CpuBound {

    private final Scheduler loop = Schedulers.single();
    private final Scheduler cpu;

    public ReactorCpuBound(CpuBoundVariant variant) {
        this.cpu = variant.offloaded() ? Schedulers.parallel() : loop;
    }

    /** Reactor's shared schedulers name themselves: {@code Schedulers.single()}, {@code Schedulers.parallel()}. */
    @Override
    public String wiring() {
        return "Flux.interval and Mono.delay on " + loop + "; the CPU work Mono.fromSupplier(...).subscribeOn(" + cpu + ")";
    }

    @Override
    public Future<?> startHeartbeat(Duration period, Runnable tick) {
        return Flux.interval(period, loop).doOnNext(count -> tick.run()).then().toFuture();
    }

    @Override
    public Future<Integer> startCpuTask(Supplier<Integer> work) {
        return Mono.fromSupplier(work).subscribeOn(cpu).toFuture();
    }

    @Override
    public Future<?> startReply(Duration sleep, Runnable reply) {
        return Mono.delay(sleep, loop).doOnNext(zero -> reply.run()).toFuture();
    }

    /** Nothing to dispose: {@code single()} and {@code parallel()} are Reactor's shared schedulers, they outlive a run. */
    @Override
    public void close() {
    }
}
