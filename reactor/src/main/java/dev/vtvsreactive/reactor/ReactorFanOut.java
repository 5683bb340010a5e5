package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A fan-out in Reactor: each task is a {@link Mono#delay}, a timer on {@code Schedulers.parallel()}
 * that holds no thread while it waits. The idiom gathers them as the lesson does,
 * {@link ReactorGather#all}; the pitfall is {@code Flux.flatMap(task, N)}, whose merge costs more per
 * task the more tasks are in flight, its results sorted back into task order. See
 * {@code docs/operators.md}.
 */
public final class ReactorFanOut implements FanOut {

    private final boolean flatMap;

    public ReactorFanOut(FanOutVariant variant) {
        this.flatMap = variant == FanOutVariant.FLATMAP;
    }

    @Override
    public String wiring() {
        return flatMap
                ? "Flux.range(0, N).flatMap(i -> Mono.delay(D), N).collectSortedList(); timers on Schedulers.parallel()"
                : "Mono.zip(List of N Mono.delay(D), values -> values in order); timers on Schedulers.parallel()";
    }

    @Override
    public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
        Mono<List<Integer>> all = flatMap
                ? Flux.range(0, tasks).flatMap(index -> task(index, wait, probe), tasks).collectSortedList()
                : ReactorGather.all(IntStream.range(0, tasks).mapToObj(index -> task(index, wait, probe)).toList());
        return all.toFuture();
    }

    /** Nothing to dispose: the timers run on {@code Schedulers.parallel()}, Reactor's shared scheduler. */
    @Override
    public void close() {
    }

    private static Mono<Integer> task(int index, Duration wait, FanOutProbe probe) {
        return Mono.delay(wait)
                .doOnSubscribe(subscription -> probe.started())
                .map(tick -> probe.finished(index));
    }
}
