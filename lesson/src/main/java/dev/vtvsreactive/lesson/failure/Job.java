package dev.vtvsreactive.lesson.failure;

import dev.vtvsreactive.lesson.LessonContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One job of the failure lesson: works in {@code steps} steps of {@code step} each, counting them,
 * then returns {@code "Result from <name>"} or, if it {@linkplain #failing fails}, raises a
 * {@link JobFailedException}. In asyncio:
 *
 * <pre>{@code
 * async def job(name, steps, fails=False):
 *     print(f"Job {name}: Starting ({steps} steps)")
 *     try:
 *         for _ in range(steps):
 *             await asyncio.sleep(STEP)
 *             progress[name] += 1
 *     except asyncio.CancelledError:
 *         print(f"Job {name}: Cancelled")
 *         raise
 *     ...
 * }</pre>
 *
 * <p>Its {@linkplain #progress() progress} is the probe of the failure tests: a job that was really
 * stopped makes no more steps, and says {@link #cancelled()} when its model noticed the
 * cancellation (an interrupt, a cancelled subscription, a done future). Like a coroutine object, a
 * job is run once.
 */
public final class Job {

    private final String name;
    private final int steps;
    private final Duration step;
    private final boolean fails;
    private final AtomicInteger progress = new AtomicInteger();

    private Job(String name, int steps, Duration step, boolean fails) {
        Objects.requireNonNull(name, "job name");
        Objects.requireNonNull(step, "job step");
        if (name.isBlank()) {
            throw new IllegalArgumentException("job name must not be blank");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("job " + name + ": steps must be at least 1, was " + steps);
        }
        if (!step.isPositive()) {
            throw new IllegalArgumentException("job " + name + ": step must be positive, was " + step);
        }
        this.name = name;
        this.steps = steps;
        this.step = step;
        this.fails = fails;
    }

    /** A job that returns its result after {@code steps} steps of {@code step}. */
    public static Job succeeding(String name, int steps, Duration step) {
        return new Job(name, steps, step, false);
    }

    /** A job that fails with a {@link JobFailedException} after {@code steps} steps of {@code step}. */
    public static Job failing(String name, int steps, Duration step) {
        return new Job(name, steps, step, true);
    }

    /** The lesson time of the longest of {@code jobs}: how long gathering them all takes at most. */
    public static Duration longest(List<Job> jobs) {
        return jobs.stream().map(Job::duration).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public String name() {
        return name;
    }

    public int steps() {
        return steps;
    }

    /** The lesson time of one step, before {@linkplain LessonContext#scaled scaling}. */
    public Duration step() {
        return step;
    }

    public boolean fails() {
        return fails;
    }

    /** The lesson time of all its steps. */
    public Duration duration() {
        return step.multipliedBy(steps);
    }

    /** The steps done so far. */
    public int progress() {
        return progress.get();
    }

    /**
     * Counts one step done.
     *
     * @return whether that was the last step
     * @throws IllegalStateException if every step was already done: the job was run twice
     */
    public boolean advance() {
        int done = progress.incrementAndGet();
        if (done > steps) {
            throw new IllegalStateException("job " + name + " was run twice: a job is run once, like a coroutine");
        }
        return done == steps;
    }

    /**
     * What the job does after its last step: says {@link #finished()} and returns {@link #result()},
     * or says {@link #failed()} and throws.
     *
     * @throws JobFailedException if this job fails
     */
    public String finish(LessonContext context) {
        if (fails) {
            context.say(failed());
            throw new JobFailedException(name);
        }
        context.say(finished());
        return result();
    }

    public String starting() {
        return "Job " + name + ": Starting (" + steps + " steps)";
    }

    public String finished() {
        return "Job " + name + ": Finished";
    }

    public String failed() {
        return "Job " + name + ": Failed";
    }

    public String cancelled() {
        return "Job " + name + ": Cancelled";
    }

    public String result() {
        return "Result from " + name;
    }

    @Override
    public String toString() {
        return "Job " + name + " (" + progress() + "/" + steps + " steps of " + step.toMillis() + " ms"
                + (fails ? ", failing" : "") + ")";
    }
}
