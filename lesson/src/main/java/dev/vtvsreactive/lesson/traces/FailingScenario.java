package dev.vtvsreactive.lesson.traces;

import dev.vtvsreactive.lesson.Labelled;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.time.Duration;
import java.util.List;

/**
 * The two failures whose stack traces the probe compares: the lesson's gather with one task
 * failing, and its HTTP example with one GET answered {@code 500}. Both run at 1/100 of the
 * lesson's delays, their lines said to no one: what matters is what the caller catches.
 */
public enum FailingScenario implements Labelled {

    /** {@code asyncio.gather(A, B, C)} of 3, 1 and 2 lesson seconds, B raising once its second is up. */
    GATHER("gather of jobs A, B, C, B failing"),
    /** The HTTP example: {@code posts/1} and {@code comments/1} at once, {@code comments/1} answered {@code 500}. */
    HTTP("GET posts/1 and comments/1, comments/1 answered 500");

    /** The context every scenario runs in: the lesson at 1/100 of its delays, the default HTTP timeouts. */
    public static final LessonContext CONTEXT = new LessonContext(new TimeScale(0.01), new Narrator(event -> {
    }));

    private static final Duration STEP = Duration.ofSeconds(1);

    private final String title;

    FailingScenario(String title) {
        this.title = title;
    }

    /** What the scenario does, in a few words: also the description a Reactor checkpoint gives it. */
    public String title() {
        return title;
    }

    /** Fresh jobs for {@link #GATHER} (a job runs once): A of 3 steps of a second, B failing after 1, C of 2. */
    public static List<Job> gatherJobs() {
        return List.of(Job.succeeding("A", 3, STEP), Job.failing("B", 1, STEP), Job.succeeding("C", 2, STEP));
    }

    /** How long a caller waits for the scenario, in {@link #CONTEXT}, before it gives up. */
    public Duration waitBound() {
        return switch (this) {
            case GATHER -> CONTEXT.waitBound(STEP.multipliedBy(3));
            case HTTP -> JsonPlaceholder.waitBound(2, 2, CONTEXT.httpTimeouts());
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
