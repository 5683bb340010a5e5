package dev.vtvsreactive.rxjava;

import static dev.vtvsreactive.contract.FailureJobs.endingOutOfOrder;
import static dev.vtvsreactive.contract.FailureJobs.failingSoon;
import static dev.vtvsreactive.contract.FailureJobs.slow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.failure.JobFailedException;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import io.reactivex.rxjava3.subjects.SingleSubject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RxJava's failure semantics at their exact times, on a {@link TestScheduler}: a failing job fails
 * at 50 ms, a slow one would end at 1 s. No error may become undeliverable.
 */
class RxJavaFailuresTest {

    private final Narrator.Recording recording = Narrator.recording();
    private final TestScheduler scheduler = new TestScheduler();
    private final RxJavaFailures failures =
            new RxJavaFailures(new LessonContext(TimeScale.LESSON, recording.narrator()), scheduler);
    private final List<Throwable> undeliverable = new CopyOnWriteArrayList<>();

    @BeforeEach
    void catchUndeliverableErrors() {
        RxJavaPlugins.setErrorHandler(undeliverable::add);
    }

    @AfterEach
    void close() {
        failures.close();
        RxJavaPlugins.setErrorHandler(null);
        assertThat(undeliverable).as("undeliverable errors").isEmpty();
    }

    private void advance(long millis) {
        scheduler.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
    }

    @Test
    void taskGroupFailsAtTheFirstFailureAndDisposesTheOthersBeforeTheErrorArrives() {
        Job a = slow("A");
        Job b = failingSoon("B");
        TestObserver<List<String>> group = failures.taskGroup(List.of(a, b)).test();

        advance(49);
        group.assertEmpty();
        advance(1);

        group.assertError(JobFailedException.class).assertError(error -> error.getMessage().equals("Job B failed"));
        assertThat(recording.lines()).endsWith(b.failed(), a.cancelled());
        assertThat(a.progress()).isEqualTo(5);
    }

    @Test
    void twoFailuresAtTheSameInstantEndATaskGroupWithOneErrorAndNoneUndeliverable() {
        Job a = slow("A");
        Job b = failingSoon("B");
        Job c = failingSoon("C");
        TestObserver<List<String>> group = failures.taskGroup(List.of(a, b, c)).test();

        advance(50);

        // assertError fails on a second error: exactly one terminal signal.
        group.assertError(error -> error.getMessage().equals("Job B failed")).assertNoValues();
        assertThat(recording.lines()).contains(a.cancelled(), c.cancelled()).doesNotContain(c.failed());
    }

    @Test
    void gatherFailsAtTheFirstFailureWhileTheOthersRunToTheirEnd() {
        Job a = slow("A");
        Job b = failingSoon("B");
        TestObserver<List<String>> gathered = failures.gather(List.of(a, b)).test();

        advance(50);
        gathered.assertError(error -> error.getMessage().equals("Job B failed"));
        assertThat(a.progress()).isEqualTo(5);

        advance(950);
        assertThat(recording.lines()).endsWith(a.finished());
    }

    @Test
    void waitForDisposesTheJobAtTheTimeoutAndItMakesNoMoreSteps() {
        Job w = slow("W");
        TestObserver<String> waited = failures.waitFor(w, Duration.ofMillis(100)).test();

        advance(99);
        waited.assertEmpty();
        advance(1);

        waited.assertError(TimeoutException.class);
        int progress = w.progress();
        advance(10_000);
        assertThat(w.progress()).isEqualTo(progress).isBetween(9, 10);
        assertThat(recording.lines()).endsWith(w.cancelled());
    }

    @Test
    void disposingTheGatherCancelsEveryJobEvenTheDetachedOnes() {
        Job a = slow("A");
        Job c = slow("C");
        TestObserver<List<String>> gathered = failures.gather(List.of(a, c)).test();
        advance(200);

        gathered.dispose();
        advance(10_000);

        assertThat(recording.lines()).contains(a.cancelled(), c.cancelled());
        assertThat(List.of(a.progress(), c.progress())).containsOnly(20);
    }

    /** The trap: {@code Single.zip}, like every RxJava combinator, disposes the other sources when one fails. */
    @Test
    void zipDisposesTheOtherSourceWhenOneFails() {
        SingleSubject<String> other = SingleSubject.create();
        TestObserver<String> zipped = Single.zip(other, failures.job(failingSoon("B")), (x, y) -> x + y).test();
        assertThat(other.hasObservers()).isTrue();

        advance(50);

        zipped.assertError(JobFailedException.class);
        assertThat(other.hasObservers()).as("the other source is still observed").isFalse();
    }

    /** The trap: {@code Flowable.merge} emits in the order the jobs end, not the order they were given. */
    @Test
    void mergeEmitsResultsInTheOrderTheJobsEndNotTheirInputOrder() {
        TestObserver<List<String>> merged = Flowable.merge(endingOutOfOrder().stream().map(job -> failures.job(job).toFlowable()).toList())
                .toList()
                .test();

        advance(150);

        merged.assertResult(List.of("Result from B", "Result from C", "Result from A"));
    }
}
