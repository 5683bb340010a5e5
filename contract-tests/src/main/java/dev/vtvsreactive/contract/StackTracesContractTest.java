package dev.vtvsreactive.contract;

import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.ScenarioCaller;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import dev.vtvsreactive.stub.Fault;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every model's stack-trace test shares: a stub that serves {@code posts/1} and answers 500 for
 * {@code comments/1} at its server-error URL, and the caller that catches what a model hands it.
 * Each model's test class extends this one and asserts which names its traces hold.
 */
@Timeout(60)
public abstract class StackTracesContractTest {

    @RegisterExtension
    static final StubPerClass STUB = new StubPerClass();

    /** What {@link ScenarioCaller} catches when {@code scenario} fails in {@code model}, which is closed afterwards. */
    protected static TracedFailure caught(StackTracesModel model, FailingScenario scenario) {
        try (model) {
            return ScenarioCaller.trace(model, scenario, STUB.stub().baseUrl(), STUB.stub().baseUrl(Fault.SERVER_ERROR));
        }
    }
}
