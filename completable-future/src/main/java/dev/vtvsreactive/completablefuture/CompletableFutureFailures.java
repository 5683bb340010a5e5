package dev.vtvsreactive.completablefuture;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.DetachedJobs;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What asyncio does when a task fails or is too slow, composed with {@link CompletableFuture}.
 *
 * <p>A {@code CompletableFuture} is only a result: {@link CompletableFuture#cancel cancel} completes
 * it with a {@link CancellationException} but does not interrupt or stop the work that would have
 * completed it, and {@link CompletableFuture#orTimeout orTimeout} likewise only completes it with a
 * {@link java.util.concurrent.TimeoutException}. Work stops only if it checks: each {@link #job}
 * step looks at its own future first and stops once that is done, whoever completed it.
 * Cancellation does not propagate either: cancelling an {@code allOf} or a {@code thenApply}
 * leaves its sources alone, so each gather here cancels its jobs itself.
 */
public final class CompletableFutureFailures implements AutoCloseable {

    private final LessonContext context;
    private final DetachedJobs detached = new DetachedJobs();

    public CompletableFutureFailures(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * {@code job}, started at once (futures are eager): each step is a delayed task that first checks
     * whether the job's future is already done (cancelled, timed out) and, if so, stops there.
     */
    public CompletableFuture<String> job(Job job) {
        CompletableFuture<String> result = new CompletableFuture<>();
        context.say(job.starting());
        stepLater(job, result);
        return result;
    }

    private void stepLater(Job job, CompletableFuture<String> result) {
        long nanos = context.scaled(job.step()).toNanos();
        CompletableFuture.runAsync(() -> {
            if (result.isDone()) {
                context.say(job.cancelled());
            } else if (!job.advance()) {
                stepLater(job, result);
            } else {
                try {
                    result.complete(job.finish(context));
                } catch (RuntimeException failure) {
                    result.completeExceptionally(failure);
                }
            }
        }, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS));
    }

    /**
     * {@code asyncio.gather(*jobs)}: {@code allOf} alone would report a failure only once the
     * slowest job has ended; here the first failure completes the gather at once, and the other jobs
     * keep running. Cancelling the gather cancels every job.
     */
    public CompletableFuture<List<String>> gather(List<Job> jobs) {
        List<CompletableFuture<String>> running = start(jobs).stream().map(detached::track).toList();
        return failFast(running, error -> { });
    }

    /**
     * {@code asyncio.gather(*jobs, return_exceptions=True)}: {@code allOf} waits for every job, and
     * each future's state says how it ended.
     */
    public CompletableFuture<List<Outcome<String>>> gatherOutcomes(List<Job> jobs) {
        List<CompletableFuture<String>> running = start(jobs);
        CompletableFuture<Void> allDone = CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
        CompletableFuture<List<Outcome<String>>> gathered =
                allDone.handle((done, error) -> running.stream().map(Outcome::of).toList());
        return cancelledWith(gathered, running);
    }

    /**
     * {@code async with asyncio.TaskGroup()}: the first failure completes the group and cancels the
     * other jobs, which stop at their next step.
     */
    public CompletableFuture<List<String>> taskGroup(List<Job> jobs) {
        List<CompletableFuture<String>> running = start(jobs);
        return failFast(running, error -> running.forEach(job -> job.cancel(false)));
    }

    /**
     * {@code asyncio.wait_for(job, timeout)}: {@code orTimeout} completes the job's own future with a
     * {@link java.util.concurrent.TimeoutException}, and the job stops at its next step because it
     * checks that future. (On a future the work does not check, {@code orTimeout} stops nothing.)
     */
    public CompletableFuture<String> waitFor(Job job, Duration timeout) {
        Objects.requireNonNull(job, "job");
        long nanos = context.scaled(FailureModel.checkTimeout(timeout)).toNanos();
        return job(job).orTimeout(nanos, TimeUnit.NANOSECONDS);
    }

    private List<CompletableFuture<String>> start(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return jobs.stream().map(this::job).toList();
    }

    /**
     * The lesson's gather ({@link CompletableFutureGather#all}), failed as soon as one job fails,
     * after {@code onFailure} has run.
     */
    private static CompletableFuture<List<String>> failFast(
            List<CompletableFuture<String>> running, Consumer<Throwable> onFailure) {
        CompletableFuture<List<String>> gathered = CompletableFutureGather.all(running);
        for (CompletableFuture<String> job : running) {
            job.whenComplete((result, error) -> {
                // Complete the gather first: the jobs onFailure cancels complete too, with a CancellationException.
                if (error != null && gathered.completeExceptionally(error)) {
                    onFailure.accept(error);
                }
            });
        }
        return cancelledWith(gathered, running);
    }

    /** {@code gathered}, which cancels every job of {@code running} when it is cancelled itself. */
    private static <T> CompletableFuture<T> cancelledWith(
            CompletableFuture<T> gathered, List<CompletableFuture<String>> running) {
        gathered.whenComplete((result, error) -> {
            if (error instanceof CancellationException) {
                running.forEach(job -> job.cancel(false));
            }
        });
        return gathered;
    }

    /** Cancels the jobs {@link #gather} left running; each stops at its next step. */
    @Override
    public void close() {
        detached.close();
    }
}
