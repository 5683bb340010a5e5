package dev.vtvsreactive.rxjava;

import io.reactivex.rxjava3.core.Single;
import java.util.List;

/** {@code asyncio.gather} in RxJava 3: the one idiom the lesson, the failure scenarios and the fan-out share. */
final class RxJavaGather {

    private RxJavaGather() {
    }

    /**
     * Subscribes to every task at once and emits their values in task order; the first error
     * disposes the other tasks, then is signalled. No task gives an empty list, where
     * {@code Single.zip} alone would fail with a {@code NoSuchElementException}.
     *
     * <p>Why {@link Single#zip(Iterable, io.reactivex.rxjava3.functions.Function) Single.zip} rather
     * than {@code Flowable.concatMapEager(task, n, 1)}: both subscribe to every task at once
     * (concatMapEager only once its concurrency is raised from the default 128 to n), keep the input
     * order and dispose the others at the first error, as {@code asyncio.gather} and a
     * {@code TaskGroup} need; but zip keeps per task one small observer in an array and its value in
     * another, and hands the values over in that array when the last arrives, while concatMapEager
     * gives each task a subscriber with a queue of its own, keeps a queue of the tasks in order and
     * drains them value by value: state and work per task that count at the fan-out's million. See
     * {@code docs/operators.md}.
     */
    @SuppressWarnings("unchecked")
    static <T> Single<List<T>> all(List<? extends Single<? extends T>> tasks) {
        return tasks.isEmpty() ? Single.just(List.of()) : Single.zip(tasks, values -> List.of((T[]) values));
    }
}
