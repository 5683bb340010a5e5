package dev.vtvsreactive.lesson.fanout;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the tasks of one fan-out tell the harness, from whatever thread they run on: each calls
 * {@link #started()} as its wait begins and {@link #finished(int)} when it is over. The harness
 * learns from it when every task that can wait at once is waiting (the moment to sample memory)
 * and when the first wait ended.
 *
 * <p>Two atomic counters: the same small cost in every model, whatever it runs on.
 */
public final class FanOutProbe {

    private final int concurrentWaits;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile long allWaitingAt;
    private volatile long firstFinishedAt;

    /** @param concurrentWaits how many tasks wait at the same time once all that can have started */
    FanOutProbe(int concurrentWaits) {
        this.concurrentWaits = concurrentWaits;
    }

    /** A task calls this as its wait begins. */
    public void started() {
        if (started.incrementAndGet() == concurrentWaits) {
            allWaitingAt = System.nanoTime();
        }
    }

    /**
     * A task calls this when its wait is over.
     *
     * @param task the task's index, from 0
     * @return the task's result, which the gather must hand back at that index: the index itself
     */
    public int finished(int task) {
        if (finished.getAndIncrement() == 0) {
            firstFinishedAt = System.nanoTime();
        }
        return task;
    }

    int startedCount() {
        return started.get();
    }

    int finishedCount() {
        return finished.get();
    }

    /** Whether every task that can wait at once has started. */
    boolean allWaiting() {
        return startedCount() >= concurrentWaits;
    }

    /** When every task that can wait at once had started, in milliseconds after {@code origin}. */
    double allWaitingMs(long origin) {
        return millisAfter(origin, allWaitingAt, "every task that can wait at once started");
    }

    /** When the first wait ended, in milliseconds after {@code origin}. */
    double firstFinishedMs(long origin) {
        return millisAfter(origin, firstFinishedAt, "the first wait ended");
    }

    private static double millisAfter(long origin, long at, String event) {
        if (at == 0) {
            throw new IllegalStateException("the fan-out never reported that " + event);
        }
        return FanOutHarness.millis(at - origin);
    }
}
