package dev.vtvsreactive.rxjava;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lesson at its real delays, on a {@link TestScheduler}: seconds of lesson time pass in no time. */
class RxJavaLessonTest {

    private final Narrator.Recording recording = Narrator.recording();
    private final TestScheduler scheduler = new TestScheduler();
    private final RxJavaLesson lesson = new RxJavaLesson(new LessonContext(TimeScale.LESSON, recording.narrator()), scheduler);

    @AfterEach
    void close() {
        lesson.close();
    }

    @Test
    void gatherIsColdNothingRunsUntilSubscribed() {
        lesson.gather(Lesson.GATHER_TASKS);
        scheduler.advanceTimeBy(10, TimeUnit.SECONDS);

        assertThat(recording.lines()).isEmpty();
    }

    @Test
    void gatherFinishesEachTaskAtItsDelayAndEmitsInInputOrderAfterTheLongest() {
        TestObserver<List<String>> gathered = lesson.gather(Lesson.GATHER_TASKS).test();
        assertThat(recording.lines()).containsExactly(
                "Task A: Starting (delay=3s)", "Task B: Starting (delay=1s)", "Task C: Starting (delay=2s)");

        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        assertThat(recording.lines()).endsWith("Task B: Finished");
        gathered.assertNotComplete();

        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        assertThat(recording.lines()).endsWith("Task C: Finished");
        gathered.assertNotComplete();

        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        assertThat(recording.lines()).endsWith("Task A: Finished");
        gathered.assertResult(List.of("Result from A", "Result from B", "Result from C"));
    }

    @Test
    void fetchDataTakesTwoSecondsOfLessonTime() {
        TestObserver<Map<String, String>> fetched = lesson.fetchData().test();

        scheduler.advanceTimeBy(1_999, TimeUnit.MILLISECONDS);
        fetched.assertEmpty();
        assertThat(recording.lines()).containsExactly(Lesson.FETCHING);

        scheduler.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        fetched.assertResult(Lesson.DATA);
        assertThat(recording.lines()).containsExactly(Lesson.FETCHING, Lesson.FETCHED);
    }

    @Test
    void greetCompletesAfterOneSecondOfLessonTime() {
        TestObserver<Void> greeted = lesson.greet("Alice").test();

        scheduler.advanceTimeBy(999, TimeUnit.MILLISECONDS);
        greeted.assertNotComplete();

        scheduler.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        greeted.assertComplete();
        assertThat(recording.lines()).containsExactly("Hello, Alice!");
    }

    @Test
    void disposingGatherCancelsEveryTaskTimer() {
        TestObserver<List<String>> gathered = lesson.gather(Lesson.GATHER_TASKS).test();

        gathered.dispose();
        scheduler.advanceTimeBy(10, TimeUnit.SECONDS);

        assertThat(recording.lines()).noneMatch(line -> line.endsWith("Finished"));
        gathered.assertNotComplete();
    }
}
