package dev.vtvsreactive.cli;

import dev.vtvsreactive.bench.ChildProcess.Exited;
import dev.vtvsreactive.bench.ChildProcess.Killed;
import dev.vtvsreactive.bench.ChildProcess.NotStarted;
import dev.vtvsreactive.lesson.Narrator.Event;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.LessonJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The lesson's scenarios in its own Python code: each run is {@code lesson.py <scenario> --json}
 * in a child interpreter, read back as a {@link RunResult} like a Java model's.
 *
 * <p>The wall time is the one {@code lesson.py} measured around the scenario's {@code main} on a
 * fresh loop, so the interpreter's start-up is not in it, as the JVM's is not in a Java model's.
 * The lines arrive with the run's result, so a listener hears them when the run has ended.
 *
 * <p>{@code lesson.py}'s exit status: 0 ok, 1 the run failed, 3 skipped (aiohttp or uvloop not
 * importable); each with its JSON document. Anything else, or no document, is a failed run.
 */
final class AsyncioLesson {

    private static final String SCRIPT = "lesson.py";
    private static final String SKIPPED = "skipped: ";

    private final AsyncioScripts scripts;
    private final Optional<String> unavailable;

    /** Asks the interpreter once whether it can run the scripts; if not, every run is skipped with the reason. */
    AsyncioLesson(AsyncioScripts scripts) {
        this.scripts = scripts;
        this.unavailable = scripts.unavailable();
    }

    /**
     * Runs {@code scenario} with the loop of {@code model}, then hands its lines to {@code listener}.
     *
     * @param server the server of {@link Scenario#HTTP}, whose URL lesson.py is given
     */
    RunResult run(Scenario scenario, String model, TimeScale scale, Optional<HttpServerTarget> server,
                  Comparison.Listener listener) {
        Optional<Duration> ideal = scenario.ideal(scale, server);
        if (unavailable.isPresent()) {
            return RunResult.skipped(model, scenario, ideal, unavailable.get());
        }
        List<String> arguments = new ArrayList<>(List.of(scenario.label(), "--json",
                "--loop", AsyncioScripts.loop(model), "--scale", Double.toString(scale.factor())));
        if (!scenario.hasLessonDelays()) {
            HttpServerTarget target = server.orElseThrow();
            arguments.addAll(List.of("--base-url", target.baseUrl().toString(),
                    "--timeout", Double.toString(target.timeouts().response().toMillis() / 1000.0)));
        }
        long start = System.nanoTime();
        // lesson.py bounds an HTTP run it has no ideal for by its client's timeout.
        Duration bound = ideal.orElseGet(() -> server.orElseThrow().timeouts().response());
        RunResult result = switch (scripts.run(SCRIPT, arguments, bound)) {
            case Exited(int status, String out, String err) when status == 0 || status == 1 || status == 3 ->
                    read(model, scenario, ideal, out).orElseGet(() -> failed(model, scenario, ideal, start,
                            SCRIPT + " exited with status " + status + " but printed no run" + AsyncioScripts.saying(err)));
            case Exited(int status, String out, String err) ->
                    failed(model, scenario, ideal, start, SCRIPT + " exited with status " + status + AsyncioScripts.saying(err));
            case Killed killed -> failed(model, scenario, ideal, start, killed.describeWithPid(SCRIPT + " " + scenario.label()));
            case NotStarted(String reason) -> failed(model, scenario, ideal, start,
                    "cannot start " + scripts.python() + ": " + reason);
        };
        result.events().forEach(event -> listener.said(model, event));
        return result;
    }

    /** The run in lesson.py's JSON document; empty when {@code out} holds none. */
    private static Optional<RunResult> read(String model, Scenario scenario, Optional<Duration> ideal, String out) {
        JsonNode run;
        try {
            run = LessonJson.MAPPER.readTree(out).path("runs").path(0);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (!run.isObject()) {
            return Optional.empty();
        }
        String error = run.path("error").isString() ? run.path("error").asString() : null;
        if (error != null && error.startsWith(SKIPPED)) {
            return Optional.of(RunResult.skipped(model, scenario, ideal, error.substring(SKIPPED.length())));
        }
        List<Event> events = run.path("events").valueStream()
                .map(event -> new Event(Duration.ofMillis(event.path("atMillis").asLong()),
                        event.path("line").asString(), event.path("thread").asString()))
                .toList();
        JsonNode result = run.path("result");
        return Optional.of(new RunResult(model, scenario, Duration.ofNanos(Math.round(run.path("wallMillis").asDouble() * 1e6)),
                ideal, result.isNull() || result.isMissingNode() ? null : result, events,
                Optional.ofNullable(error).map(AsyncioFailure::new), Optional.empty()));
    }

    private static RunResult failed(String model, Scenario scenario, Optional<Duration> ideal, long startNanos, String why) {
        return new RunResult(model, scenario, Duration.ofNanos(System.nanoTime() - startNanos), ideal, null, List.of(),
                Optional.of(new AsyncioFailure(why)), Optional.empty());
    }
}
