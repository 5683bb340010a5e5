package dev.vtvsreactive.lesson.fanout;

import dev.vtvsreactive.lesson.Labelled;
import java.util.Optional;

/**
 * How a model fans out its waits: its idiom, or a pitfall that engineers fall into. A pitfall's
 * figures are never the model's result; they show what the idiom avoids.
 */
public enum FanOutVariant implements Labelled {

    /** The model's recommended way to run N waits at once and gather their results. */
    IDIOM,
    /**
     * Pitfall: a reactive {@code flatMap} with a concurrency of N. Its merge keeps every inner
     * subscriber it has in flight and works over them as they emit and complete, which costs more
     * per task the more there are.
     */
    FLATMAP,
    /**
     * Pitfall: each task sleeps on a pool of {@value #POOL_THREADS} platform threads, so only that
     * many wait at once and the tasks run in {@code ceil(N / 200)} rounds.
     */
    FIXED_POOL_200,
    /**
     * Pitfall: the virtual-thread code on a platform thread per task, each with its own stack from
     * the operating system; refused above {@value #MAX_PLATFORM_THREADS} tasks.
     */
    PLATFORM_THREAD_PER_TASK;

    /** The threads of {@link #FIXED_POOL_200}: a servlet container's usual pool size. */
    public static final int POOL_THREADS = 200;
    /** The most tasks {@link #PLATFORM_THREAD_PER_TASK} will start a thread for. */
    public static final int MAX_PLATFORM_THREADS = 10_000;

    /** Whether this is a pitfall rather than the model's idiom. */
    public boolean pitfall() {
        return this != IDIOM;
    }

    /** How many of {@code tasks} wait at the same time once all that can have started: all, but for the fixed pool. */
    public int concurrentWaits(int tasks) {
        return this == FIXED_POOL_200 ? Math.min(tasks, POOL_THREADS) : tasks;
    }

    /** How many waits one after another {@code tasks} take at best: {@code ceil(N / 200)} for the fixed pool, else one. */
    public int rounds(int tasks) {
        int atOnce = concurrentWaits(tasks);
        return (tasks + atOnce - 1) / atOnce;
    }

    /**
     * The best a fan-out of {@code tasks} waits of {@code waitMs} can do in this variant: its
     * {@linkplain #rounds rounds} of the wait. Above the wait itself (the ideal), only for the fixed pool.
     */
    public double bestMs(int tasks, double waitMs) {
        return rounds(tasks) * waitMs;
    }

    /** Why the variant will not run {@code tasks} at all, if it will not. */
    public Optional<String> refusal(int tasks) {
        return this == PLATFORM_THREAD_PER_TASK && tasks > MAX_PLATFORM_THREADS
                ? Optional.of(label() + " is limited to " + MAX_PLATFORM_THREADS + " tasks (each takes an operating-system "
                        + "thread and its stack), was " + tasks)
                : Optional.empty();
    }

    /**
     * Accepts {@code tasks} for this variant.
     *
     * @throws IllegalArgumentException with the {@linkplain #refusal reason} if the variant will not run them
     */
    public int checkTasks(int tasks) {
        refusal(tasks).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return tasks;
    }

    /**
     * The variant labelled {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static FanOutVariant of(String label) {
        return Labelled.byLabel(values(), label, "fan-out variant");
    }

    @Override
    public String toString() {
        return label();
    }
}
