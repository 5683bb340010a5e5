package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.lesson.fanout.FanOutProbe;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The harness's side of a {@link FanOutProbe}: from the tasks' calls, whatever thread they run on, it
 * learns when every task that can wait at once is waiting (the moment to sample memory) and when the
 * first wait ended.
 *
 * <p>Two atomic counters: the same small cost in every model, whatever it runs on.
 */
final class FanOutRecorder implements FanOutProbe {

    private final int concurrentWaits;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile long allWaitingAt;
    private volatile long firstFinishedAt;

    /** @param concurrentWaits how many tasks wait at the same time once all that can have started */
    FanOutRecorder(int concurrentWaits) {
        this.concurrentWaits = concurrentWaits;
    }

    @Override
    public void started() {
        if (started.incrementAndGet() == concurrentWaits) {
            allWaitingAt = System.nanoTime();
        }
    }

    @Override
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
