package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A fan-out in RxJava 3: each task is a {@link Single#timer}, a timer on {@code Schedulers.computation()}
 * that holds no thread while it waits.
 *
 * <p>The idiom gathers them with {@link Single#zip(Iterable, io.reactivex.rxjava3.functions.Function) Single.zip}
 * over the list: it subscribes to every task at once and, when all have succeeded, hands the values
 * over in task order; one failure disposes the rest. That is {@code asyncio.gather}: N results, in
 * order. {@code Completable.merge} would only tell that all are done, without their values;
 * {@code Flowable.merge} emits values as they come, out of order. {@code Single.zip} also keeps the
 * least per task: one small observer in an array, no queue.
 *
 * <p>The pitfall is {@code Flowable.flatMap(i -> timer, N)}, a concurrency raised to N so that all
 * tasks run at once. Its merge keeps the inner subscribers in a copy-on-write array: each of the N
 * subscriptions copies it to add one, each completion searches and copies it to remove one, so
 * both cost more the more tasks are in flight. It emits in completion order; the results (each
 * task's index) are sorted back into task order.
 */
public final class RxJavaFanOut implements FanOut {

    private final boolean flatMap;

    public RxJavaFanOut(FanOutVariant variant) {
        this.flatMap = variant == FanOutVariant.FLAT_MAP;
    }

    @Override
    public String wiring() {
        return flatMap
                ? "Flowable.range(0, N).flatMap(i -> Single.timer(D).toFlowable(), N).toSortedList(); "
                        + "timers on Schedulers.computation()"
                : "Single.zip(List of N Single.timer(D), values -> values in order); timers on Schedulers.computation()";
    }

    @Override
    public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
        Single<List<Integer>> all = flatMap
                ? Flowable.range(0, tasks).flatMap(index -> task(index, wait, probe).toFlowable(), tasks).toSortedList()
                : Single.zip(IntStream.range(0, tasks).mapToObj(index -> task(index, wait, probe)).toList(),
                        values -> Arrays.stream(values).map(Integer.class::cast).toList());
        return all.toCompletionStage().toCompletableFuture();
    }

    /** Nothing to dispose: the timers run on {@code Schedulers.computation()}, RxJava's shared scheduler. */
    @Override
    public void close() {
    }

    private static Single<Integer> task(int index, Duration wait, FanOutProbe probe) {
        return Single.timer(wait.toNanos(), TimeUnit.NANOSECONDS)
                .doOnSubscribe(disposable -> probe.started())
                .map(tick -> probe.finished(index));
    }
}
