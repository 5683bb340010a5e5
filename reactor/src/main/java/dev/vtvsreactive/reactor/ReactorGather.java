package dev.vtvsreactive.reactor;

import java.util.List;
import reactor.core.publisher.Mono;

/** {@code asyncio.gather} in Reactor: the one idiom the lesson, the failure scenarios and the fan-out share. */
final class ReactorGather {

    private ReactorGather() {
    }

    /**
     * Subscribes to every task at once and emits their values in task order; the first error cancels
     * the other tasks, then is signalled. No task gives an empty list, where {@code Mono.zip} alone
     * would complete without a value.
     *
     * <p>Why {@link Mono#zip(Iterable, java.util.function.Function) Mono.zip} rather than
     * {@code Flux.flatMapSequential(task, n)}: both subscribe to every task at once (flatMapSequential
     * only once its concurrency is raised from the default 256 to n), keep the input order and cancel
     * the others at the first error, as {@code asyncio.gather} and a {@code TaskGroup} need; but zip
     * keeps per task one small inner subscriber, its value and its error in an array, and hands every
     * value over in one array when the last arrives, while flatMapSequential gives each task a
     * prefetch queue of its own, keeps a queue of the tasks in order and drains them value by value:
     * state and work per task that count at the fan-out's million. See {@code docs/operators.md}.
     */
    @SuppressWarnings("unchecked")
    static <T> Mono<List<T>> all(List<? extends Mono<? extends T>> tasks) {
        return tasks.isEmpty() ? Mono.just(List.of()) : Mono.zip(tasks, values -> List.of((T[]) values));
    }
}
