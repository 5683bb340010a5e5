package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A fan-out in Reactor: each task is a {@link Mono#delay}, a timer on {@code Schedulers.parallel()}
 * that holds no thread while it waits.
 *
 * <p>The idiom gathers them with {@link Mono#zip(Iterable, java.util.function.Function) Mono.zip}
 * over the list: it subscribes to every task at once and, when all have a value, hands the values
 * over in task order; one failure cancels the rest. That is {@code asyncio.gather}: N results, in
 * order. {@code Mono.when} would only tell that all are done, without their values; {@code Flux.merge}
 * emits values as they come, out of order. {@code Mono.zip} also keeps the least per task: one
 * small subscriber in an array, no queue.
 *
 * <p>The pitfall is {@code Flux.flatMap(i -> Mono.delay(...), N)}, a concurrency raised to N so that
 * all tasks run at once. Its merge keeps the inner subscribers in an array of up to N slots, and its
 * drain loop walks the slots, looking for values and finished inners, each time an inner emits or
 * completes: each of the N completions costs more the more tasks there are. It emits in completion
 * order; the results (each task's index) are sorted back into task order.
 */
public final class ReactorFanOut implements FanOut {

    private final boolean flatMap;

    public ReactorFanOut(FanOutVariant variant) {
        this.flatMap = variant == FanOutVariant.FLAT_MAP;
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
                : Mono.zip(IntStream.range(0, tasks).mapToObj(index -> task(index, wait, probe)).toList(),
                        values -> Arrays.stream(values).map(Integer.class::cast).toList());
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
