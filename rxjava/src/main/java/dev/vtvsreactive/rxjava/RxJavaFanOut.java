package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A fan-out in RxJava 3: each task is a {@link Single#timer}, a timer on {@code Schedulers.computation()}
 * that holds no thread while it waits. The idiom gathers them as the lesson does,
 * {@link RxJavaGather#all}; the pitfall is {@code Flowable.flatMap(task, N)}, whose merge costs more
 * per task the more tasks are in flight, its results sorted back into task order. See
 * {@code docs/operators.md}.
 */
public final class RxJavaFanOut implements FanOut {

    private final boolean flatMap;

    public RxJavaFanOut(FanOutVariant variant) {
        this.flatMap = variant == FanOutVariant.FLATMAP;
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
                : RxJavaGather.all(IntStream.range(0, tasks).mapToObj(index -> task(index, wait, probe)).toList());
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
