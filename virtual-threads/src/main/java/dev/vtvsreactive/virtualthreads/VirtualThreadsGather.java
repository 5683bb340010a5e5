package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** {@code asyncio.gather} on threads: the one way the lesson and the fan-out take their tasks' results. */
final class VirtualThreadsGather {

    private VirtualThreadsGather() {
    }

    /**
     * The results of {@code started}, tasks already running a thread each, in task order: waits for
     * each in turn and throws the first failure in that order, unwrapped.
     */
    static <T> List<T> all(List<Future<T>> started) throws InterruptedException {
        List<T> results = new ArrayList<>(started.size());
        for (Future<T> task : started) {
            results.add(result(task));
        }
        return results;
    }

    /** The result of {@code task}, once it has ended; its own exception, unwrapped, if it failed. */
    static <T> T result(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw Blocking.unchecked(e.getCause());
        }
    }
}
