package dev.vtvsreactive.bench;

import dev.vtvsreactive.lesson.Lesson;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The lesson's {@code main_single()}: one coroutine, {@code greet("Alice")}, that sleeps
 * {@link Lesson#GREET_DELAY} and says hello.
 *
 * <p>Measures the smallest thing a model does: schedule one timed wait, wake up, and hand control
 * back to the caller blocked on the facade. The ideal is the scaled sleep, 10 ms at the default
 * scale ({@link Ideal#GREET}); what a model measures above it is its cost of suspending and resuming
 * one task plus the operating system's timer slack, which every row pays alike. Expect small
 * differences against the sleep itself: this row shows that no model pays much for one wait. A
 * model that does not say hello fails the run.
 */
public class GreetBenchmark extends BenchmarkSettings {

    static final String NAME = "Alice";

    /** Greets Alice and returns the line the model said. */
    @Benchmark
    public String greet(LessonState lesson) {
        lesson.trial.model().greet(NAME);
        return lesson.trial.check("greet", Lesson.hello(NAME), lesson.trial.takeLatestLine());
    }
}
