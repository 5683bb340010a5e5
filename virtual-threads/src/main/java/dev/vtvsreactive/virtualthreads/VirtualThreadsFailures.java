package dev.vtvsreactive.virtualthreads;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.failure.FailureModel;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What asyncio does when a task fails or is too slow, as plain blocking code on virtual threads.
 * Cancellation is an {@linkplain Thread#interrupt interrupt}: a job sleeping between its steps wakes
 * with an {@link InterruptedException} and stops.
 *
 * <p>Without preview features, the JDK's closest tools are an {@link ExecutorService} per call
 * (whose {@code close} waits for every thread it started) and an {@link ExecutorCompletionService}
 * (which hands futures over in the order they end, so the first failure is seen at once). JDK 25's
 * {@code StructuredTaskScope}, still a preview, is the structured form of {@link #taskGroup}; see the
 * module's tests and {@code docs/failure-semantics.md}.
 *
 * <p>Call these methods from a virtual thread; {@link VirtualThreadsFailureModel} does.
 */
public final class VirtualThreadsFailures implements AutoCloseable {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final LessonContext context;
    /** Where {@link #gather}'s jobs run: they may outlive the call that started them. */
    private final ExecutorService detached = Executors.newVirtualThreadPerTaskExecutor();

    public VirtualThreadsFailures(LessonContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Runs {@code job} on the calling thread: a sleep per step; an interrupt cancels it. */
    public String job(Job job) throws InterruptedException {
        context.say(job.starting());
        Duration step = context.scaled(job.step());
        try {
            do {
                Thread.sleep(step);
            } while (!job.advance());
        } catch (InterruptedException e) {
            context.say(job.cancelled());
            throw e;
        }
        return job.finish(context);
    }

    /**
     * {@code asyncio.gather(*jobs)}: the jobs run on virtual threads that outlive this call; the
     * completion service hands them over as they end, so the first failure is thrown at once while
     * the other jobs keep running. Interrupting the caller cancels every job, as cancelling a gather
     * does.
     */
    public List<String> gather(List<Job> jobs) throws InterruptedException {
        CompletionService<String> ends = new ExecutorCompletionService<>(detached);
        List<Future<String>> running = submitAll(ends, jobs);
        try {
            awaitEach(ends, running.size());
        } catch (InterruptedException e) {
            running.forEach(future -> future.cancel(true));
            throw e;
        }
        return running.stream().map(Future::resultNow).toList();
    }

    /**
     * {@code asyncio.gather(*jobs, return_exceptions=True)}: {@code invokeAll} waits for every job
     * (and cancels them all if the caller is interrupted); each future's state says how it ended.
     */
    public List<Outcome<String>> gatherOutcomes(List<Job> jobs) throws InterruptedException {
        Objects.requireNonNull(jobs, "jobs");
        try (ExecutorService scope = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<String>> calls = jobs.stream().<Callable<String>>map(job -> () -> job(job)).toList();
            return scope.invokeAll(calls).stream().map(Outcome::of).toList();
        }
    }

    /**
     * {@code async with asyncio.TaskGroup()}: the first failure is thrown once the other jobs have
     * been interrupted and have stopped. The executor is the group: {@code shutdownNow} cancels what
     * still runs, and {@code close} waits for it, so no job outlives the call.
     */
    public List<String> taskGroup(List<Job> jobs) throws InterruptedException {
        try (ExecutorService group = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<String> ends = new ExecutorCompletionService<>(group);
            List<Future<String>> running = submitAll(ends, jobs);
            try {
                awaitEach(ends, running.size());
            } finally {
                group.shutdownNow();
            }
            return running.stream().map(Future::resultNow).toList();
        }
    }

    /**
     * {@code asyncio.wait_for(job, timeout)}: a bounded {@code Future.get}; on timeout (or an
     * interrupt) the job is interrupted, and the executor's {@code close} waits until it has stopped.
     *
     * @throws TimeoutException if the job did not end within {@code timeout}
     */
    public String waitFor(Job job, Duration timeout) throws InterruptedException, TimeoutException {
        Objects.requireNonNull(job, "job");
        long nanos = context.scaled(FailureModel.checkTimeout(timeout)).toNanos();
        try (ExecutorService scope = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> running = scope.submit(() -> job(job));
            try {
                return running.get(nanos, TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw Blocking.unchecked(e.getCause());
            } finally {
                running.cancel(true);
            }
        }
    }

    private List<Future<String>> submitAll(CompletionService<String> ends, List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        return jobs.stream().map(job -> ends.submit(() -> job(job))).toList();
    }

    /** Takes {@code count} futures in the order they end, throwing the first failure as soon as it ends. */
    private static void awaitEach(CompletionService<String> ends, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            try {
                ends.take().get();
            } catch (ExecutionException e) {
                throw Blocking.unchecked(e.getCause());
            }
        }
    }

    /** Cancels the jobs {@link #gather} left running, and waits for them to stop. */
    @Override
    public void close() {
        Blocking.shutDown(SHUTDOWN_BOUND, detached);
    }
}
