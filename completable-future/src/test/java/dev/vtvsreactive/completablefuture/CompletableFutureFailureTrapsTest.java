package dev.vtvsreactive.completablefuture;

import static dev.vtvsreactive.contract.FailureJobs.STEP;
import static dev.vtvsreactive.contract.FailureJobs.failingSoon;
import static dev.vtvsreactive.contract.FailureJobs.slow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.lesson.Blocking;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.JobFailedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The traps of {@link CompletableFuture} that {@link CompletableFutureFailures} works around, shown
 * as they are: a future is only a result, so neither {@code cancel} nor {@code orTimeout} reaches
 * the work behind it, and {@code allOf} hears of a failure only when every future is done.
 */
@Timeout(30)
class CompletableFutureFailureTrapsTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final Narrator.Recording recording = Narrator.recording();
    private final CompletableFutureFailures failures =
            new CompletableFutureFailures(new LessonContext(TimeScale.LESSON, recording.narrator()));
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final BusyWork work = new BusyWork();

    @AfterEach
    void close() {
        work.stop.set(true);
        Blocking.shutDown(BOUND, worker);
        failures.close();
    }

    /** Work that knows nothing of futures: it ticks until told to stop, and notes any interrupt. */
    private static final class BusyWork {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicBoolean interrupted = new AtomicBoolean();

        String run() {
            while (!stop.get()) {
                ticks.incrementAndGet();
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.set(true);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            return "stopped";
        }

        void assertStillTicking() {
            int now = ticks.get();
            await().atMost(BOUND).until(() -> ticks.get() > now + 5);
        }
    }

    @Test
    void cancelCompletesTheFutureButNeitherInterruptsNorStopsTheWork() {
        CompletableFuture<String> future = CompletableFuture.supplyAsync(work::run, worker);
        await().atMost(BOUND).until(() -> work.ticks.get() > 0);

        assertThat(future.cancel(true)).isTrue();

        assertThat(future).isCancelled();
        work.assertStillTicking();
        assertThat(work.interrupted).as("the worker was interrupted").isFalse();
    }

    @Test
    void orTimeoutFailsTheFutureButTheWorkGoesOn() {
        CompletableFuture<String> future = CompletableFuture.supplyAsync(work::run, worker)
                .orTimeout(100, TimeUnit.MILLISECONDS);

        assertThat(future).failsWithin(BOUND).withThrowableThat().withCauseInstanceOf(TimeoutException.class);
        work.assertStillTicking();
    }

    @Test
    void allOfReportsAFailureOnlyOnceTheSlowestJobHasEnded() {
        Job a = slow("A");
        Job b = failingSoon("B");
        List<CompletableFuture<String>> jobs = List.of(failures.job(a), failures.job(b));
        CompletableFuture<Void> all = CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new));

        await().atMost(BOUND).until(() -> jobs.get(1).isCompletedExceptionally());
        assertThat(all).as("allOf once B has failed").isNotDone();

        assertThat(all).failsWithin(BOUND).withThrowableThat().withCauseInstanceOf(JobFailedException.class);
        assertThat(recording.lines()).as("when allOf reported B's failure").contains(a.finished());
    }

    @Test
    void cancellingADependentStageLeavesItsSourceRunning() {
        Job a = Job.succeeding("A", 20, STEP);
        CompletableFuture<String> job = failures.job(a);
        CompletableFuture<Integer> dependent = job.thenApply(String::length);

        dependent.cancel(true);

        assertThat(job).isNotDone();
        await().atMost(BOUND).until(() -> recording.lines().contains(a.finished()));
        assertThat(job).isCompletedWithValue("Result from A");
    }
}
