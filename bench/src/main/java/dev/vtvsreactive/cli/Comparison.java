package dev.vtvsreactive.cli;

import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.LessonRunner;
import dev.vtvsreactive.lesson.Narrator.Event;
import dev.vtvsreactive.lesson.TimeScale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs scenarios in models strictly one after another, so that no run competes with another for
 * the machine: for each scenario, each model in turn, each in a model built for that run alone and
 * closed after it.
 */
final class Comparison {

    /** Hears every lesson line as it is said, with the model that said it. */
    interface Listener {
        void said(String model, Event event);
    }

    private final TimeScale scale;
    private final Optional<HttpServerTarget> server;
    private final Listener listener;

    /**
     * @param server the server of the HTTP scenario; empty when no scenario to run needs one
     */
    Comparison(TimeScale scale, Optional<HttpServerTarget> server, Listener listener) {
        this.scale = scale;
        this.server = server;
        this.listener = listener;
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
        RunRecording recording = new RunRecording(event -> listener.said(modelName, event));
        LessonContext context = new LessonContext(scale, recording.narrator());
        Optional<Duration> ideal = scenario.ideal(scale, server);
        try (LessonModel model = LessonModels.create(modelName, context)) {
            LessonRunner runner = new LessonRunner(model, context);
            recording.start();
            long start = System.nanoTime();
            try {
                Object result = scenario.run(runner, server);
                return new RunResult(modelName, scenario, since(start), ideal, result, recording.events(), Optional.empty());
            } catch (RuntimeException failure) {
                return new RunResult(modelName, scenario, since(start), ideal, null, recording.events(), Optional.of(failure));
            }
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
