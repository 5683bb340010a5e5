package dev.vtvsreactive.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The lesson at its real delays, in virtual time: seconds of lesson time pass in no time. */
class ReactorLessonTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final Narrator.Recording recording = Narrator.recording();
    private final ReactorLesson lesson =
            new ReactorLesson(new LessonContext(TimeScale.LESSON, recording.narrator()), ReactorHttp.jdk());

    @AfterEach
    void close() {
        lesson.close();
    }

    @Test
    void gatherIsColdNothingRunsUntilSubscribed() {
        lesson.gather(Lesson.GATHER_TASKS);

        assertThat(recording.lines()).isEmpty();
    }

    @Test
    void gatherFinishesEachTaskAtItsDelayAndEmitsInInputOrderAfterTheLongest() {
        StepVerifier.withVirtualTime(() -> lesson.gather(Lesson.GATHER_TASKS))
                .expectSubscription()
                .then(() -> assertThat(recording.lines()).hasSize(3).allMatch(line -> line.contains("Starting")))
                .thenAwait(Duration.ofSeconds(1))
                .then(() -> assertThat(recording.lines()).endsWith("Task B: Finished"))
                .thenAwait(Duration.ofSeconds(1))
                .then(() -> assertThat(recording.lines()).endsWith("Task C: Finished"))
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(List.of("Result from A", "Result from B", "Result from C"))
                .expectComplete()
                .verify(BOUND);
        assertThat(recording.lines()).endsWith("Task A: Finished");
    }

    @Test
    void fetchDataTakesTwoSecondsOfLessonTime() {
        StepVerifier.withVirtualTime(lesson::fetchData)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(1_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(Lesson.DATA)
                .expectComplete()
                .verify(BOUND);
        assertThat(recording.lines()).containsExactly(Lesson.FETCHING, Lesson.FETCHED);
    }

    @Test
    void greetCompletesAfterOneSecondOfLessonTime() {
        StepVerifier.withVirtualTime(() -> lesson.greet("Alice"))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectComplete()
                .verify(BOUND);
        assertThat(recording.lines()).containsExactly("Hello, Alice!");
    }

    @Test
    void cancellingGatherCancelsEveryTaskTimer() {
        VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
        try {
            Disposable gathered = lesson.gather(Lesson.GATHER_TASKS).subscribe();
            time.advanceTimeBy(Duration.ofMillis(500));

            gathered.dispose();
            time.advanceTimeBy(Duration.ofSeconds(10));

            assertThat(recording.lines()).hasSize(3).noneMatch(line -> line.endsWith("Finished"));
        } finally {
            VirtualTimeScheduler.reset();
        }
    }
}
