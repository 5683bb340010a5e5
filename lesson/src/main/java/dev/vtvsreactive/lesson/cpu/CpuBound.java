package dev.vtvsreactive.lesson.cpu;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One model's wiring of the CPU-bound experiment, for one {@link CpuBoundVariant}: a heartbeat, a
 * CPU-bound task and a sleep-then-reply on the model's single loop (or, fixed, the CPU task on the
 * pool the model's idiom prescribes). The experiment decides when each starts and records what
 * happens; the wiring only puts the work on the model's schedulers and hands back a
 * {@link Future}, as {@code BoundedLessonModel} does for the lesson.
 *
 * <p>Made fresh for each run by a {@link CpuBoundFactory} and closed after it.
 */
public interface CpuBound extends AutoCloseable {

    /** How the variant is wired, in the model's words, e.g. {@code "Flux.interval on Schedulers.single()"}. */
    String wiring();

    /**
     * Starts calling {@code tick} every {@code period} on the loop, the first call one period from
     * now, until the returned future is cancelled.
     */
    Future<?> startHeartbeat(Duration period, Runnable tick);

    /** Starts {@code work} now: on the loop when blocked, off it when fixed. */
    Future<Integer> startCpuTask(Supplier<Integer> work);

    /** Starts a task on the loop that sleeps {@code sleep} without holding a thread, then calls {@code reply}. */
    Future<?> startReply(Duration sleep, Runnable reply);

    /** Shuts down, with a bounded wait, every scheduler, executor or thread this wiring made. */
    @Override
    void close();
}
