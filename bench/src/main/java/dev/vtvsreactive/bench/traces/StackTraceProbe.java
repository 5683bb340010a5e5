package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.ScenarioCaller;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import dev.vtvsreactive.stub.Fault;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every failing scenario of one model under one debug aid, in this JVM: the aid switched on
 * with the model's scenarios, each scenario called by the {@link ScenarioCaller} and what it
 * caught measured, then the aid switched off. The HTTP scenario gets {@code posts/1} from a fresh
 * stub and {@code comments/1} from the same stub's {@link Fault#SERVER_ERROR} URL, which answers 500.
 */
public final class StackTraceProbe {

    private StackTraceProbe() {
    }

    /**
     * The runs of {@code aid} of the factory's model, one per scenario, in {@link FailingScenario} order.
     *
     * @param ownJvm whether this JVM was started for this aid alone, as the run records
     * @throws IllegalArgumentException if the model does not have {@code aid}, or this build cannot run it
     * @throws IllegalStateException    if a scenario did not fail
     */
    public static List<StackTraceRun> run(StackTracesFactory factory, DebugAid aid, boolean ownJvm) {
        factory.checkVariant(aid).checkRunnable();
        List<StackTraceRun> runs = new ArrayList<>();
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start(); StackTracesModel model = factory.create(aid)) {
            for (FailingScenario scenario : FailingScenario.values()) {
                TracedFailure caught = ScenarioCaller.trace(model, scenario, stub.baseUrl(), stub.baseUrl(Fault.SERVER_ERROR));
                runs.add(new StackTraceRun(factory.name(), aid, ownJvm, scenario, model.blockingCall(),
                        model.scenarioMethod(scenario).qualified(), ScenarioCaller.METHOD.qualified(), caught));
            }
        }
        return runs;
    }
}
