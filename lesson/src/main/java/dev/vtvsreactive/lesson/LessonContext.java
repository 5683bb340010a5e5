package dev.vtvsreactive.lesson;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * What every model is built with: the time scale of the lesson's delays, the narrator its lines
 * are said to, and the timeouts of its HTTP client.
 */
public record LessonContext(TimeScale scale, Narrator narrator, HttpTimeouts httpTimeouts) {

    /**
     * Slack added to every bounded wait on top of the scenario's ideal time: generous enough for a
     * cold JVM on a busy 2-core machine, short enough that a hang fails instead of stalling.
     */
    static final Duration WAIT_SLACK = Duration.ofSeconds(30);

    public LessonContext {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(narrator, "narrator");
        Objects.requireNonNull(httpTimeouts, "HTTP timeouts");
    }

    /** A context with the {@linkplain HttpTimeouts#DEFAULT default} HTTP timeouts. */
    public LessonContext(TimeScale scale, Narrator narrator) {
        this(scale, narrator, HttpTimeouts.DEFAULT);
    }

    /** This context with other HTTP timeouts. */
    public LessonContext withHttpTimeouts(HttpTimeouts timeouts) {
        return new LessonContext(scale, narrator, timeouts);
    }

    /** The real duration of a lesson delay at this context's scale. */
    public Duration scaled(Duration lessonTime) {
        return scale.of(lessonTime);
    }

    /** Says one of the lesson's printed lines. */
    public void say(String line) {
        narrator.say(line);
    }

    /** How long a blocking caller waits for a scenario whose ideal lesson time is {@code lessonTime}. */
    public Duration waitBound(Duration lessonTime) {
        return scaled(lessonTime).plus(WAIT_SLACK);
    }
}
