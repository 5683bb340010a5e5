package dev.vtvsreactive.lesson.failure;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs that may outlive the gather that started them, as asyncio tasks outlive a gather that
 * raised: each is tracked while it runs, and {@link #close} cancels those still running, as
 * {@code asyncio.run} cancels the tasks left over when its main coroutine ends.
 */
public final class DetachedJobs implements AutoCloseable {

    private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();

    /** Tracks {@code job} until it completes, and returns it. */
    public <F extends CompletableFuture<?>> F track(F job) {
        running.add(job);
        job.whenComplete((result, error) -> running.remove(job));
        return job;
    }

    /** Cancels every job still running. */
    @Override
    public void close() {
        running.forEach(job -> job.cancel(true));
    }
}
