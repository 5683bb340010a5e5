package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.DetachedJobs;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What asyncio does when a task fails or is too slow, in Project Reactor. Cancellation is the
 * subscription's {@code cancel}: it travels up the chain at once and stops the timers of every job
 * under it.
 *
 * <p>Every gathering here is {@link ReactorGather#all}, the lesson's {@code Mono.zip}. Like all of
 * Reactor's combinators it is a {@code TaskGroup}: it cancels the other sources when one fails.
 * asyncio's plain {@code gather}, which leaves the others running, needs each job subscribed on its own.
 */
public final class ReactorFailures implements AutoCloseable {

    private final LessonContext context;
    private final DetachedJobs detached = new DetachedJobs();

    public ReactorFailures(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * {@code job}: a tick per step on {@code Schedulers.parallel()}; cancelling it stops the ticks.
     * (The probe sits on the steps, not on the whole job: some operators, {@code flatMapSequential}
     * among them, also cancel a source that has already failed, which is no cancellation of its work.)
     */
    public Mono<String> job(Job job) {
        return Flux.interval(context.scaled(job.step()))
                .takeUntil(tick -> job.advance())
                .doOnCancel(() -> context.say(job.cancelled()))
                .then(Mono.fromCallable(() -> job.finish(context)))
                .doOnSubscribe(subscription -> context.say(job.starting()));
    }

    /**
     * {@code asyncio.gather(*jobs)}: each job is subscribed on its own ({@code toFuture}) so that a
     * sibling's failure cannot cancel it, and awaited with {@code Mono.fromFuture(future, true)},
     * which does not cancel the future when the gather stops listening. The first failure still ends
     * the gather at once. Cancelling the gather itself cancels every job.
     */
    public Mono<List<String>> gather(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return Mono.defer(() -> {
            List<CompletableFuture<String>> running = jobs.stream().map(job -> detached.track(job(job).toFuture())).toList();
            return ReactorGather.all(running.stream().map(future -> Mono.fromFuture(future, true)).toList())
                    .doOnCancel(() -> running.forEach(future -> future.cancel(true)));
        });
    }

    /**
     * {@code asyncio.gather(*jobs, return_exceptions=True)}: each job's error becomes its outcome,
     * so none ends the gather early.
     */
    public Mono<List<Outcome<String>>> gatherOutcomes(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return ReactorGather.all(jobs.stream()
                .map(job -> job(job)
                        .map(Outcome::success)
                        .onErrorResume(error -> Mono.just(Outcome.failure(error))))
                .toList());
    }

    /**
     * {@code async with asyncio.TaskGroup()}: the lesson's gather as it is. The first error cancels
     * the other jobs before it reaches the subscriber.
     */
    public Mono<List<String>> taskGroup(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return ReactorGather.all(jobs.stream().map(this::job).toList());
    }

    /**
     * {@code asyncio.wait_for(job, timeout)}: {@link Mono#timeout} cancels the job and signals a
     * {@link java.util.concurrent.TimeoutException}.
     */
    public Mono<String> waitFor(Job job, Duration timeout) {
        Objects.requireNonNull(job, "job");
        return job(job).timeout(context.scaled(FailureModel.checkTimeout(timeout)));
    }

    /** Cancels the jobs {@link #gather} left running. */
    @Override
    public void close() {
        detached.close();
    }
}
