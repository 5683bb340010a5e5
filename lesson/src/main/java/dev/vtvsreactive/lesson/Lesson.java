package dev.vtvsreactive.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The asyncio lesson's delays, data and printed lines, written once so that every model says
 * exactly the same thing (the lesson is described in {@code docs/lesson.md}).
 */
public final class Lesson {

    /** {@code greet}: {@code await asyncio.sleep(1)}. */
    public static final Duration GREET_DELAY = Duration.ofSeconds(1);
    /** {@code fetch_data}: {@code await asyncio.sleep(2)}, the simulated I/O. */
    public static final Duration FETCH_DELAY = Duration.ofSeconds(2);
    /** {@code main_concurrent}: {@code gather(task("A", 3), task("B", 1), task("C", 2))}. */
    public static final List<Task> GATHER_TASKS = List.of(
            new Task("A", Duration.ofSeconds(3)),
            new Task("B", Duration.ofSeconds(1)),
            new Task("C", Duration.ofSeconds(2)));

    /** What {@code fetch_data} returns. */
    public static final Map<String, String> DATA = Map.of("data", "Some important data");

    public static final String FETCHING = "Fetching data...";
    public static final String FETCHED = "Data fetched!";

    private Lesson() {
    }

    /** What {@code greet(name)} prints after its sleep. */
    public static String hello(String name) {
        return "Hello, " + name + "!";
    }

    /** The longest delay of {@code tasks}: the ideal time of gathering them. */
    public static Duration longest(List<Task> tasks) {
        return tasks.stream().map(Task::delay).max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
