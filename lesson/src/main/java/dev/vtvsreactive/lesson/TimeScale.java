package dev.vtvsreactive.lesson;

import java.time.Duration;

/**
 * One factor that shrinks (or stretches) every delay of the lesson, so that tests and benchmarks
 * run the same scenarios in milliseconds: at {@code 0.01} the lesson's 3 s task waits 30 ms. At
 * {@code 0} every wait is already due: each task still suspends once on its model's timer or sleep,
 * and what remains is the model's own machinery.
 *
 * @param factor how many real seconds one lesson second lasts; from 0 to 100
 */
public record TimeScale(double factor) {

    /** The lesson as written: one second is one second. */
    public static final TimeScale LESSON = new TimeScale(1);
    /** Every wait already due: the models' machinery with nothing to wait for. */
    public static final TimeScale NO_WAIT = new TimeScale(0);

    public TimeScale {
        if (!(factor >= 0 && factor <= 100)) {
            throw new IllegalArgumentException("scale must be a number from 0 (no waits) to 100 "
                    + "(0.01 turns 3 s into 30 ms), was " + factor);
        }
    }

    /** The real duration of {@code lessonTime}, to the nanosecond. */
    public Duration of(Duration lessonTime) {
        return Duration.ofNanos(Math.round(lessonTime.toNanos() * factor));
    }
}
