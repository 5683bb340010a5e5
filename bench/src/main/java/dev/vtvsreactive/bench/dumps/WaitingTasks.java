package dev.vtvsreactive.bench.dumps;

import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dump's side of a {@link FanOutProbe}: tells when every task of a gather has begun its wait,
 * the moment to take the dump, and whether any wait has ended since, which would leave the dump
 * showing fewer than every task waiting.
 */
final class WaitingTasks implements FanOutProbe {

    private final int tasks;
    private final CountDownLatch started;
    private final AtomicInteger finished = new AtomicInteger();

    /** @param tasks how many tasks the gather starts */
    WaitingTasks(int tasks) {
        this.tasks = tasks;
        this.started = new CountDownLatch(tasks);
    }

    @Override
    public void started() {
        started.countDown();
    }

    @Override
    public int finished(int task) {
        finished.incrementAndGet();
        return task;
    }

    /**
     * Waits at most {@code bound} for every task to have begun its wait.
     *
     * @return whether they all had
     */
    boolean awaitAllWaiting(Duration bound) throws InterruptedException {
        return started.await(bound.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** How many tasks have begun their wait. */
    long startedCount() {
        return tasks - started.getCount();
    }

    /** How many waits have ended. */
    int finishedCount() {
        return finished.get();
    }
}
