package dev.vtvsreactive.completablefuture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CompletableFutureContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new CompletableFutureModel(context);
    }

    @Test
    void isEagerTheTasksStartWhenGatherIsCalledAndItReturnsAtOnce() {
        try (CompletableFutureLesson lesson = new CompletableFutureLesson(context)) {
            CompletableFuture<List<String>> gathered = lesson.gather(Lesson.GATHER_TASKS);

            assertThat(gathered).isNotDone();
            assertThat(recording.lines()).containsExactly(
                    "Task A: Starting (delay=3s)", "Task B: Starting (delay=1s)", "Task C: Starting (delay=2s)");
            assertThat(gathered).succeedsWithin(Duration.ofSeconds(10))
                    .isEqualTo(List.of("Result from A", "Result from B", "Result from C"));
        }
    }

    @Test
    void finishesEachTaskOnAPoolThreadNotTheCaller() {
        model.gather(Lesson.GATHER_TASKS);

        assertThat(recording.events().subList(3, 6))
                .allSatisfy(event -> assertThat(event.thread()).isNotEqualTo(Thread.currentThread().getName()));
    }
}
