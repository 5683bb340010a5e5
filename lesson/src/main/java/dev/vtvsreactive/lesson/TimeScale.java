package dev.vtvsreactive.lesson;

import java.time.Duration;

/**
 * One factor that shrinks (or stretches) every delay of the lesson, so that tests and benchmarks
 * run the same scenarios in milliseconds: at {@code 0.01} the lesson's 3 s task waits 30 ms.
 *
 * @param factor how many real seconds one lesson second lasts; positive and at most 100
 */
public record TimeScale(double factor) {

    /** The lesson as written: one second is one second. */
    public static final TimeScale LESSON = new TimeScale(1);

    public TimeScale {
        if (!(factor > 0 && factor <= 100)) {
            throw new IllegalArgumentException(
                    "scale must be a number greater than 0 and at most 100 (0.01 turns 3 s into 30 ms), was " + factor);
        }
    }

    /** The real duration of {@code lessonTime}, to the nanosecond. */
    public Duration of(Duration lessonTime) {
        return Duration.ofNanos(Math.round(lessonTime.toNanos() * factor));
    }
}
