package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.LessonRunner;
import dev.vtvsreactive.lesson.Narrator.Event;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.http.HttpTimeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs scenarios in models strictly one after another, so that no run competes with another for
 * the machine: for each scenario, each model in turn, each in a model built for that run alone and
 * closed after it. The asyncio models run the lesson's own Python code, in a child interpreter per
 * run ({@link AsyncioLesson}).
 */
final class Comparison {

    /** Hears every lesson line as it is said, with the model that said it. */
    interface Listener {
        void said(String model, Event event);
    }

    private final TimeScale scale;
    private final Optional<HttpServerTarget> server;
    private final Listener listener;
    private final Optional<AsyncioLesson> asyncio;

    /**
     * @param server  the server of the HTTP scenario; empty when no scenario to run needs one
     * @param asyncio what runs the asyncio models; empty when none is to run
     */
    Comparison(TimeScale scale, Optional<HttpServerTarget> server, Listener listener, Optional<AsyncioLesson> asyncio) {
        this.scale = scale;
        this.server = server;
        this.listener = listener;
        this.asyncio = asyncio;
    }

    /** Runs every scenario in every model; a failed run is recorded and the next one still runs. */
    List<RunResult> run(List<Scenario> scenarios, List<String> models) {
        List<RunResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (String model : models) {
                results.add(run(scenario, model));
            }
        }
        return results;
    }

    private RunResult run(Scenario scenario, String modelName) {
        if (AsyncioScripts.isModel(modelName)) {
            return asyncio.orElseThrow().run(scenario, modelName, scale, server, listener);
        }
        RunRecording recording = new RunRecording(event -> listener.said(modelName, event));
        LessonContext context = new LessonContext(scale, recording.narrator(),
                server.map(HttpServerTarget::timeouts).orElse(HttpTimeouts.DEFAULT));
        Optional<Duration> ideal = scenario.ideal(scale, server);
        try (LessonModel model = LessonModels.create(modelName, context)) {
            LessonRunner runner = new LessonRunner(model, context);
            recording.start();
            long start = System.nanoTime();
            try {
                Object result = scenario.run(runner, server);
                return new RunResult(modelName, scenario, since(start), ideal, result, recording.events(), Optional.empty(),
                        Optional.empty());
            } catch (RuntimeException failure) {
                return new RunResult(modelName, scenario, since(start), ideal, null, recording.events(), Optional.of(failure),
                        Optional.empty());
            }
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
