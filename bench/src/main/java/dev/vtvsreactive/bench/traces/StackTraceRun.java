package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.util.Objects;

/**
 * One failing scenario of one model under one debug aid: what its caller caught, measured.
 *
 * @param model          the model's name
 * @param aid            the debug aid that was on
 * @param ownJvm         whether it ran in a child JVM of its own (an aid that cannot be switched off)
 * @param scenario       the scenario
 * @param blockingCall   how the caller waited, e.g. {@code Mono.block()}
 * @param scenarioMethod the method that started the scenario's work, which a useful trace names
 * @param callerMethod   the caller's method, which a trace names when it keeps the caller's stack
 * @param caught         what the caller caught, measured
 */
public record StackTraceRun(String model, DebugAid aid, boolean ownJvm, FailingScenario scenario, String blockingCall,
                            String scenarioMethod, String callerMethod, TracedFailure caught) {

    public StackTraceRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(aid, "aid");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(caught, "caught");
    }
}
