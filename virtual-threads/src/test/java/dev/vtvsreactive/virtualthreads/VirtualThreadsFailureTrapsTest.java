package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The trap of the virtual-thread idiom: an executor closed around the jobs (try-with-resources)
 * waits for every one of them, so a failure seen at once still leaves the block only after the
 * slowest job. {@link VirtualThreadsFailures#gather} runs its jobs on an executor that outlives the
 * call; {@link VirtualThreadsFailures#taskGroup} interrupts the others before closing.
 */
@Timeout(30)
class VirtualThreadsFailureTrapsTest {

    private static final Duration STEP = Duration.ofMillis(10);

    private final Narrator.Recording recording = Narrator.recording();
    private final VirtualThreadsFailures failures =
            new VirtualThreadsFailures(new LessonContext(TimeScale.LESSON, recording.narrator()));

    @AfterEach
    void close() {
        failures.close();
    }

    @Test
    void anExecutorClosedAroundTheJobsHoldsAFailureBackUntilTheSlowestJobEnds() {
        Job a = Job.succeeding("A", 100, STEP);
        Job b = Job.failing("B", 5, STEP);

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
}
