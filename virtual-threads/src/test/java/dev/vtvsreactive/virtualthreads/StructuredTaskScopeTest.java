package dev.vtvsreactive.virtualthreads;

import static dev.vtvsreactive.contract.FailureJobs.STEP;
import static dev.vtvsreactive.contract.FailureJobs.failingSoon;
import static dev.vtvsreactive.contract.FailureJobs.slow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.JobFailedException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * asyncio's failure semantics with JDK 25's {@link StructuredTaskScope} (JEP 505, a preview API:
 * this test class, and only it, is compiled and run with {@code --enable-preview}; the module's
 * main classes do not use it, so the benchmarks run without the flag).
 *
 * <p>A scope is a {@code TaskGroup} by construction: no subtask outlives the {@code try} block that
 * opened it. That is why asyncio's plain {@code gather}, which leaves the other tasks running
 * after the first failure, has no structured counterpart. The unstructured tool has the same trait
 * in another form, the trap of the idiom: an executor closed around the jobs (try-with-resources)
 * waits for every one of them, so a failure seen at once still leaves the block only after the
 * slowest job. {@link VirtualThreadsFailures#gather} runs its jobs on an executor that outlives the
 * call; {@link VirtualThreadsFailures#taskGroup} interrupts the others before closing.
 */
@Timeout(30)
class StructuredTaskScopeTest {

    private final Narrator.Recording recording = Narrator.recording();
    private final VirtualThreadsFailures failures =
            new VirtualThreadsFailures(new LessonContext(TimeScale.LESSON, recording.narrator()));

    @AfterEach
    void close() {
        failures.close();
    }

    private Subtask<String> fork(StructuredTaskScope<String, ?> scope, Job job) {
        return scope.fork(() -> failures.job(job));
    }

    @Test
    void theDefaultScopeIsATaskGroupTheFirstFailureCancelsTheOthers() throws InterruptedException {
        Job a = slow("A");
        Job b = failingSoon("B");

        try (StructuredTaskScope<String, Void> scope = StructuredTaskScope.open()) {
            fork(scope, a);
            fork(scope, b);

            assertThatThrownBy(scope::join)
                    .isInstanceOf(StructuredTaskScope.FailedException.class)
                    .cause().isInstanceOf(JobFailedException.class).hasMessage("Job B failed");
        }

        assertThat(recording.lines()).as("once the scope is closed").contains(a.cancelled()).doesNotContain(a.finished());
        assertThat(a.progress()).isLessThan(a.steps());
    }

    @Test
    void awaitAllIsGatherWithReturnExceptionsEachSubtaskSaysHowItEnded() throws InterruptedException {
        Job a = Job.succeeding("A", 20, STEP);
        Job b = failingSoon("B");

        try (StructuredTaskScope<String, Void> scope = StructuredTaskScope.open(Joiner.awaitAll())) {
            Subtask<String> first = fork(scope, a);
            Subtask<String> second = fork(scope, b);
            scope.join();

            assertThat(first.state()).isEqualTo(Subtask.State.SUCCESS);
            assertThat(first.get()).isEqualTo("Result from A");
            assertThat(second.state()).isEqualTo(Subtask.State.FAILED);
            assertThat(second.exception()).isInstanceOf(JobFailedException.class).hasMessage("Job B failed");
        }
    }

    @Test
    void aScopesTimeoutIsWaitForItCancelsTheSubtaskWhichStops() throws InterruptedException {
        Job w = Job.succeeding("W", 1_000, STEP);

        try (StructuredTaskScope<String, Void> scope = StructuredTaskScope.open(
                Joiner.awaitAllSuccessfulOrThrow(), config -> config.withTimeout(Duration.ofMillis(100)))) {
            fork(scope, w);

            assertThatThrownBy(scope::join).isInstanceOf(StructuredTaskScope.TimeoutException.class);
        }

        assertThat(recording.lines()).contains(w.cancelled());
        int progress = w.progress();
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5)).until(() -> w.progress() == progress);
    }

    @Test
    void anExecutorClosedAroundTheJobsHoldsAFailureBackUntilTheSlowestJobEnds() {
        Job a = slow("A");
        Job b = failingSoon("B");

        assertThatThrownBy(() -> {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                ExecutorCompletionService<String> ends = new ExecutorCompletionService<>(executor);
                ends.submit(() -> failures.job(a));
                ends.submit(() -> failures.job(b));
                ends.take().get();
            }
        }).isInstanceOf(ExecutionException.class).hasMessageContaining("Job B failed");

        assertThat(recording.lines()).as("when the failure got out of the block").contains(a.finished());
    }

    @Test
    void evenAJoinerThatReturnsAtTheFirstFailureCannotLeaveTheOthersRunning() throws InterruptedException {
        Job a = slow("A");
        Job b = failingSoon("B");

        try (StructuredTaskScope<String, Stream<Subtask<String>>> scope = StructuredTaskScope.open(
                Joiner.allUntil(subtask -> subtask.state() == Subtask.State.FAILED))) {
            fork(scope, a);
            fork(scope, b);

            assertThat(scope.join()).extracting(Subtask::state).contains(Subtask.State.FAILED);
        }

        assertThat(recording.lines()).contains(b.failed(), a.cancelled()).doesNotContain(a.finished());
    }
}
