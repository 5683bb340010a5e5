package dev.vtvsreactive.lesson;

import java.time.Duration;
import java.util.Objects;

/**
 * One {@code task(name, delay)} of the lesson's gather: prints that it starts, sleeps, prints that
 * it finished and returns {@code "Result from <name>"}.
 *
 * @param name  the task's name, printed in its lines
 * @param delay the lesson delay, before {@link TimeScale scaling}
 */
public record Task(String name, Duration delay) {

    public Task {
        Objects.requireNonNull(name, "task name");
        Objects.requireNonNull(delay, "task delay");
        if (name.isBlank()) {
            throw new IllegalArgumentException("task name must not be blank");
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("task " + name + ": delay must not be negative, was " + delay);
        }
    }

    public String starting() {
        return "Task " + name + ": Starting (delay=" + PyRepr.seconds(delay) + "s)";
    }

    public String finished() {
        return "Task " + name + ": Finished";
    }

    public String result() {
        return "Result from " + name;
    }
}
