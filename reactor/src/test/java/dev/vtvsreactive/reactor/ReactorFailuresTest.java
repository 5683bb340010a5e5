package dev.vtvsreactive.reactor;

import static dev.vtvsreactive.contract.FailureJobs.endingOutOfOrder;
import static dev.vtvsreactive.contract.FailureJobs.failingSoon;
import static dev.vtvsreactive.contract.FailureJobs.slow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.JobFailedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

/**
 * Reactor's failure semantics at their exact times, in virtual time: a failing job fails at 50 ms,
 * a slow one would end at 1 s. Each verification also checks that no error was dropped.
 */
class ReactorFailuresTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final Narrator.Recording recording = Narrator.recording();
    private final ReactorFailures failures =
            new ReactorFailures(new LessonContext(TimeScale.LESSON, recording.narrator()));

    @AfterEach
    void close() {
        failures.close();
    }

    @Test
    void taskGroupFailsAtTheFirstFailureAndCancelsTheOthersBeforeTheErrorArrives() {
        Job a = slow("A");
        Job b = failingSoon("B");

        StepVerifier.withVirtualTime(() -> failures.taskGroup(List.of(a, b)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(49))
                .thenAwait(Duration.ofMillis(1))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(JobFailedException.class).hasMessage("Job B failed");
                    assertThat(recording.lines()).endsWith(b.failed(), a.cancelled());
                })
                .verifyThenAssertThat(BOUND)
                .hasNotDroppedErrors();
        assertThat(a.progress()).isEqualTo(5);
    }

    @Test
    void twoFailuresAtTheSameInstantEndATaskGroupWithOneErrorAndDropNone() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job c = failingSoon("C");

        StepVerifier.withVirtualTime(() -> failures.taskGroup(List.of(a, b, c)))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(50))
                .expectErrorMessage("Job B failed")
                .verifyThenAssertThat(BOUND)
                .hasNotDroppedErrors();
        assertThat(recording.lines()).contains(a.cancelled(), c.cancelled()).doesNotContain(c.failed());
    }

    @Test
    void gatherFailsAtTheFirstFailureWhileTheOthersRunToTheirEnd() {
        Job a = slow("A");
        Job b = failingSoon("B");

        StepVerifier.withVirtualTime(() -> failures.gather(List.of(a, b)))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(50))
                .expectErrorMessage("Job B failed")
                .verifyThenAssertThat(BOUND)
                .hasNotDroppedErrors();
        assertThat(a.progress()).isEqualTo(5);
        // The verifier's virtual clock stops with it: the detached job waits for real time, so move it on by hand.
        StepVerifier.withVirtualTime(() -> Mono.delay(Duration.ofSeconds(1)))
                .thenAwait(Duration.ofSeconds(1))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void waitForCancelsTheJobAtTheTimeoutAndItMakesNoMoreSteps() {
        Job w = slow("W");

        StepVerifier.withVirtualTime(() -> failures.waitFor(w, Duration.ofMillis(100)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(99))
                .thenAwait(Duration.ofMillis(1))
                .expectError(TimeoutException.class)
                .verifyThenAssertThat(BOUND)
                .hasNotDroppedErrors();
        assertThat(recording.lines()).endsWith(w.cancelled());
        assertThat(w.progress()).isBetween(9, 10);
    }

    @Test
    void cancellingTheGatherCancelsEveryJobEvenTheDetachedOnes() {
        Job a = slow("A");
        Job c = slow("C");

        StepVerifier.withVirtualTime(() -> failures.gather(List.of(a, c)))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(200))
                .thenCancel()
                .verify(BOUND);
        assertThat(recording.lines()).contains(a.cancelled(), c.cancelled());
        assertThat(List.of(a.progress(), c.progress())).containsOnly(20);
    }

    /** The trap: {@code Mono.zip}, like every Reactor combinator, cancels the other sources when one fails. */
    @Test
    void zipCancelsTheOtherSourceWhenOneFails() {
        TestPublisher<String> other = TestPublisher.create();
        Job b = failingSoon("B");

        StepVerifier.withVirtualTime(() -> Mono.zip(other.mono(), failures.job(b)))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(50))
                .expectErrorMessage("Job B failed")
                .verifyThenAssertThat(BOUND)
                .hasNotDroppedErrors();
        other.assertCancelled();
    }

    /** The trap: {@code Flux.merge} emits in the order the jobs end, not the order they were given. */
    @Test
    void mergeEmitsResultsInTheOrderTheJobsEndNotTheirInputOrder() {
        StepVerifier.withVirtualTime(() -> Flux.merge(endingOutOfOrder().stream().map(failures::job).toList()).collectList())
                .thenAwait(Duration.ofMillis(150))
                .expectNext(List.of("Result from B", "Result from C", "Result from A"))
                .expectComplete()
                .verify(BOUND);
    }
}
