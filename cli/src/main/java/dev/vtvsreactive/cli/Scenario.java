package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonRunner;
import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lesson's scenarios as the CLI runs them: which {@code main} coroutine of {@link LessonRunner}
 * each one is, and the time it would take if the concurrency model cost nothing.
 */
enum Scenario {

    GREET("main_single(): awaits greet(\"Alice\"), which sleeps 1 s, then says hello."),
    FETCH("main(): awaits fetch_data(), 2 s of simulated I/O, and prints what it received."),
    GATHER("main_concurrent(): gathers tasks A, B and C (3, 1 and 2 s) concurrently: ideally 3 s, not 6."),
    HTTP("main_http_example(): GETs posts/1 and comments/1 concurrently and prints them.");

    private final String description;

    Scenario(String description) {
        this.description = description;
    }

    /** The name of the scenario's command: {@code greet}, {@code fetch}, {@code gather}, {@code http}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    /** Command lines for its help. */
    List<String> examples() {
        String command = "  ./compare " + label();
        return switch (this) {
            case GREET, FETCH, GATHER -> List.of(
                    command,
                    command + " --scale 0.01 --model virtual-threads",
                    command + " --scale 0.1 --model reactor --model asyncio",
                    command + " --scale 0.1 --json");
            case HTTP -> List.of(
                    command,
                    command + " --model reactor --model reactor-jdk-http",
                    command + " --model virtual-threads --model asyncio   # asyncio needs aiohttp",
                    command + " --delay-ms 100",
                    command + " --base-url https://jsonplaceholder.typicode.com");
        };
    }

    /**
     * Runs the scenario's {@code main} coroutine and returns what it returns ({@code null} for
     * greet, which returns nothing).
     *
     * @param server the server {@link #HTTP} talks to; the other scenarios need none
     */
    Object run(LessonRunner runner, Optional<HttpServerTarget> server) {
        return switch (this) {
            case GREET -> {
                runner.mainSingle();
                yield null;
            }
            case FETCH -> runner.main();
            case GATHER -> runner.mainConcurrent(Lesson.GATHER_TASKS);
            case HTTP -> runner.mainHttpExample(server.orElseThrow().baseUrl());
        };
    }

    /**
     * The ideal time: the lesson's delay at {@code scale}, or for {@link #HTTP} one server latency
     * (its two GETs overlap), which is known only for the embedded stub.
     */
    Optional<Duration> ideal(TimeScale scale, Optional<HttpServerTarget> server) {
        return switch (this) {
            case GREET -> Optional.of(scale.of(Lesson.GREET_DELAY));
            case FETCH -> Optional.of(scale.of(Lesson.FETCH_DELAY));
            case GATHER -> Optional.of(scale.of(Lesson.longest(Lesson.GATHER_TASKS)));
            case HTTP -> server.flatMap(HttpServerTarget::latency);
        };
    }

    /** Whether it waits for lesson delays, which {@code --scale} scales; HTTP waits for a server instead. */
    boolean hasLessonDelays() {
        return this != HTTP;
    }

    /** Whether any of {@code scenarios} needs an HTTP server. */
    static boolean needHttp(List<Scenario> scenarios) {
        return scenarios.contains(HTTP);
    }
}
