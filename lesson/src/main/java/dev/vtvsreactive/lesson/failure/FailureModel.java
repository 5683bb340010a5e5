package dev.vtvsreactive.lesson.failure;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What asyncio does when a task fails or is too slow, in one concurrency model's closest idiom,
 * behind the same kind of bounded blocking facade as {@link dev.vtvsreactive.lesson.LessonModel}.
 * Each model module offers the idiomatic API ({@code Mono}, {@code Single},
 * {@code CompletableFuture}, blocking calls on virtual threads); {@code docs/failure-semantics.md}
 * tells which idiom each method stands for and where a model cannot match asyncio.
 *
 * <p>Every method fails with the model's own error rather than hang; interrupting the calling
 * thread cancels the work it waits for, and with it every job still running.
 */
public interface FailureModel extends AutoCloseable {

    /** The model's name, as in {@link dev.vtvsreactive.lesson.LessonModels#ORDER}. */
    String name();

    /**
     * {@code asyncio.gather(*jobs)}: the results in the order of {@code jobs}. The first job to fail
     * raises its error in the caller as soon as it fails; the other jobs keep running (and are
     * cancelled when the model is {@linkplain #close closed}, as {@code asyncio.run} cancels leftover
     * tasks).
     *
     * @throws JobFailedException the first failure
     */
    List<String> gather(List<Job> jobs);

    /**
     * {@code asyncio.gather(*jobs, return_exceptions=True)}: waits for every job and returns how each
     * ended, in the order of {@code jobs}.
     */
    List<Outcome<String>> gatherOutcomes(List<Job> jobs);

    /**
     * {@code async with asyncio.TaskGroup()}: the first failure cancels the other jobs and is raised.
     *
     * @throws JobFailedException the first failure
     */
    List<String> taskGroup(List<Job> jobs);

    /**
     * {@code asyncio.wait_for(job, timeout)}: the job's result if it ends within {@code timeout}
     * (lesson time); otherwise the job is cancelled, really stops, and a
     * {@link java.util.concurrent.TimeoutException} is raised (wrapped in a
     * {@link java.util.concurrent.CompletionException}, as it is checked).
     *
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    String waitFor(Job job, Duration timeout);

    /** Cancels the jobs still running and releases the model's threads and schedulers. */
    @Override
    void close();

    /**
     * Checks a {@link #waitFor} timeout.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static Duration checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("wait_for timeout must be positive, was " + timeout.toMillis() + " ms");
        }
        return timeout;
    }
}
