package dev.vtvsreactive.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, -1, 100.5, Double.NaN, Double.POSITIVE_INFINITY})
    void aScaleOutsideItsRangeIsRejectedWithTheValue(double factor) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeScale(factor))
                .withMessageContaining("scale must be")
                .withMessageContaining(String.valueOf(factor));
    }

    @Test
    void aScaleOfZeroMakesEveryWaitAlreadyDue() {
        assertThat(TimeScale.NO_WAIT.of(Duration.ofSeconds(3))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aScaleShrinksEveryDelay() {
        assertThat(new TimeScale(0.01).of(Duration.ofSeconds(3))).isEqualTo(Duration.ofMillis(30));
        assertThat(TimeScale.LESSON.of(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aTaskNeedsANameAndADelayThatIsNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Task(" ", Duration.ZERO))
                .withMessageContaining("name");
        assertThatIllegalArgumentException().isThrownBy(() -> new Task("A", Duration.ofSeconds(-1)))
                .withMessageContaining("task A").withMessageContaining("negative");
    }

    @Test
    void aTaskSaysTheLessonsLines() {
        Task a = Lesson.GATHER_TASKS.getFirst();

        assertThat(a.starting()).isEqualTo("Task A: Starting (delay=3s)");
        assertThat(a.finished()).isEqualTo("Task A: Finished");
        assertThat(a.result()).isEqualTo("Result from A");
    }

    @Test
    void aWaitIsBoundedByTheScaledTimePlusSlack() {
        LessonContext context = new LessonContext(new TimeScale(0.5), Narrator.recording().narrator());

        assertThat(context.waitBound(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(1).plus(LessonContext.WAIT_SLACK));
    }
}
