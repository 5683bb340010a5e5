package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.DetachedJobs;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What asyncio does when a task fails or is too slow, in RxJava 3. Cancellation is
 * {@code dispose}: it travels up the chain at once and stops the timers of every job under it.
 *
 * <p>Every gathering here is {@link RxJavaGather#all}, the lesson's {@code Single.zip}. Like all of
 * RxJava's combinators it is a {@code TaskGroup}: it disposes the other sources when one fails.
 * asyncio's plain {@code gather}, which leaves the others running, needs each job subscribed on its
 * own. Timers run on the {@link Scheduler} given at construction.
 */
public final class RxJavaFailures implements AutoCloseable {

    private final LessonContext context;
    private final Scheduler scheduler;
    private final DetachedJobs detached = new DetachedJobs();

    public RxJavaFailures(LessonContext context, Scheduler scheduler) {
        this.context = Objects.requireNonNull(context, "context");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * {@code job}: a tick per step on the scheduler; disposing it stops the ticks. (The probe sits on
     * the steps, not on the whole job: some operators, {@code concatMapEager} among them, also
     * dispose a source that has already failed, which is no cancellation of its work.)
     */
    public Single<String> job(Job job) {
        return Flowable.interval(context.scaled(job.step()).toNanos(), TimeUnit.NANOSECONDS, scheduler)
                .takeUntil((Long tick) -> job.advance())
                .doOnCancel(() -> context.say(job.cancelled()))
                .ignoreElements()
                .andThen(Single.fromCallable(() -> job.finish(context)))
                .doOnSubscribe(subscription -> context.say(job.starting()));
    }

    /**
     * {@code asyncio.gather(*jobs)}: each job is subscribed on its own ({@code toCompletionStage})
     * so that a sibling's failure cannot dispose it, and awaited with
     * {@code Single.fromCompletionStage}, which only detaches from the stage when disposed. The
     * first failure still ends the gather at once. Disposing the gather itself cancels every job.
     */
    public Single<List<String>> gather(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return Single.defer(() -> {
            List<CompletableFuture<String>> running = jobs.stream()
                    .map(job -> detached.track(job(job).toCompletionStage().toCompletableFuture()))
                    .toList();
            return RxJavaGather.all(running.stream().map(Single::fromCompletionStage).toList())
                    .doOnDispose(() -> running.forEach(future -> future.cancel(true)));
        });
    }

    /**
     * {@code asyncio.gather(*jobs, return_exceptions=True)}: each job's error becomes its outcome,
     * so none ends the gather early.
     */
    public Single<List<Outcome<String>>> gatherOutcomes(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return RxJavaGather.all(jobs.stream()
                .map(job -> job(job)
                        .map(Outcome::success)
                        .onErrorReturn(Outcome::failure))
                .toList());
    }

    /**
     * {@code async with asyncio.TaskGroup()}: the lesson's gather as it is. The first error disposes
     * the other jobs before it reaches the observer.
     */
    public Single<List<String>> taskGroup(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return RxJavaGather.all(jobs.stream().map(this::job).toList());
    }

    /**
     * {@code asyncio.wait_for(job, timeout)}: {@link Single#timeout} disposes the job and signals a
     * {@link java.util.concurrent.TimeoutException}.
     */
    public Single<String> waitFor(Job job, Duration timeout) {
        Objects.requireNonNull(job, "job");
        long nanos = context.scaled(FailureModel.checkTimeout(timeout)).toNanos();
        return job(job).timeout(nanos, TimeUnit.NANOSECONDS, scheduler);
    }

    /** Cancels the jobs {@link #gather} left running. */
    @Override
    public void close() {
        detached.close();
    }
}
