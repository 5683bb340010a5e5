package dev.vtvsreactive.contract;

import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.ScenarioCaller;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import dev.vtvsreactive.stub.Fault;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * What every model's stack-trace test shares: a stub that serves {@code posts/1} and answers 500 for
 * {@code comments/1} at its server-error URL, and the caller that catches what a model hands it.
 * Each model's test class extends this one and asserts which names its traces hold.
 */
@Timeout(60)
public abstract class StackTracesContractTest {

    private static JsonPlaceholderStub stub;

    @BeforeAll
    static void startStub() {
        stub = JsonPlaceholderStub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    /** What {@link ScenarioCaller} catches when {@code scenario} fails in {@code model}, which is closed afterwards. */
    protected static TracedFailure caught(StackTracesModel model, FailingScenario scenario) {
        try (model) {
            return ScenarioCaller.trace(model, scenario, stub.baseUrl(), stub.baseUrl(Fault.SERVER_ERROR));
        }
    }
}
